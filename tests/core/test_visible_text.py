"""The visible text: what a member reads of a Markdown source, with the source behind each
character (clinnet.core.rendering)."""

from __future__ import annotations

import html
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from clinnet.core.rendering import clean_source, render_markdown, visible_text


def _page_text(source: str) -> str:
    """The text a browser shows for the rendered HTML (tags dropped, references decoded)."""
    shown = re.sub(r"<[^>]+>", "", render_markdown(source))
    return " ".join(html.unescape(shown).split())


def _words(text: str) -> str:
    return " ".join(text.split())


def test_character_references_escapes_and_emphasis_read_as_the_page_shows_them():
    source = "&#77;&#114;&#46; &#x52;ob**ert** John*son* &amp; co, 555\\-123\\-4567"
    shown = visible_text(source).text
    assert "Mr. Robert Johnson & co, 555-123-4567" in shown
    assert _words(shown) == _page_text(source)
    assert "code &#77;" in visible_text("`code &#77;`").text  # code shows references as typed


def test_each_visible_character_points_at_its_source():
    source = "Seen by &#82;obert in Jo\\-hns*ton*."
    shown = visible_text(source)
    start = shown.text.index("Robert")
    s, e = shown.to_source(start, start + len("Robert"))
    assert source[s:e] == "&#82;obert"
    start = shown.text.index("Jo-hnston")
    s, e = shown.to_source(start, start + len("Jo-hnston"))
    assert source[s:e] == "Jo\\-hns*ton"


def test_link_destinations_and_titles_are_visible_text():
    source = '[the note](https://example.org/p/J%C3%B6hn-Smith "Dr &#74;ones") and <https://x.org/a>'
    shown = visible_text(source)
    assert "the note https://example.org/p/Jöhn-Smith Dr Jones" in shown.text
    start = shown.text.index("Jöhn")
    s, e = shown.to_source(start, start + 4)
    assert source[s:e] == "https://example.org/p/J%C3%B6hn-Smith"


def test_invisible_characters_are_neither_shown_nor_read_even_as_references():
    source = "&#x202E;trebor &#8203;Jo&#173;hn &#x3164;x"
    assert "\u202e" not in render_markdown(source)
    assert "\u202e" not in visible_text(source).text
    assert "John" in visible_text(source).text
    assert clean_source("Jo\u200bhn\u202e\u3164") == "John"


def test_images_and_reference_definitions_show_where_they_are_written():
    source = "![Jane Roe](https://example.org/jane.png)\n\n[ref]: https://example.org/Roe"
    shown = visible_text(source).text
    assert "Jane Roe" in shown
    assert "[ref]: https://example.org/Roe" in shown
    assert "Jane Roe" in _page_text(source)
    assert "<img" not in render_markdown(source)


MARKUP = st.sampled_from(["*", "**", "_", "`", "\\", "&#77;", "&amp;", "&#x4d;", "[", "](",
                          ")", "<", ">", "#", "> ", "- ", "1. ", "\n", "\n\n", "    ", "|",
                          "~~", " ", "http://x.org/", '"t"', "!"])
WORDS = st.sampled_from(["Robert", "Mary", "617", "555", "0142", "MRN", "day", "3", "ab",
                         "é", "ö"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(MARKUP, WORDS), max_size=40))
@example(["[", "](", "*", ")"])  # the space before a one-character destination
def test_every_visible_character_comes_from_the_source_it_names(parts):
    source = clean_source("".join(parts))
    shown = visible_text(source)
    assert len(shown.text) == len(shown.starts) == len(shown.ends)
    for ch, start, end in zip(shown.text, shown.starts, shown.ends, strict=True):
        assert 0 <= start <= end <= len(source)
        piece = source[start:end]
        if end - start == 1:
            assert piece == ch or (ch == " " and piece == "\t")
        elif end > start:
            # a character reference, a backslash escape, or a link's destination or title
            assert piece[0] in "&\\" or "/" in piece or piece[0] in "\"'(<" or ch in piece
