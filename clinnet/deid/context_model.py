"""A learned judge of the capitalised words the rules could not place.

The rules find a name or a place by a word list or by a context they know ("Dr.", "lives
in", "Street"). A writer they have never met names an employer, a bar or a village in
passing ("works nights at Fields Corner Liquors"), and no list or head word says so. This
model looks at each proper-noun-like word with the words around it and says whether it is a
name, a place or neither. It is an averaged perceptron (Collins 2002) over sparse features,
trained by ``clinnet deid train`` from the annotated bench sets in the repository (never the
shared nursing corpus), and shipped as ``data/context_model.json``; nothing is downloaded.

Every feature is a property of one word at one offset from the word judged (the word itself,
the two before it and the two after it), plus one pair: the word before with the judged
word's shape ("at" + "Xx"). So a word's contribution at an offset is the same wherever it
stands, and :class:`ContextModel` caches it: judging a word costs six dictionary look-ups
and a few additions, which keeps the bulk scan fast.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from pathlib import Path

from . import lexicons
from .categories import LOCATION, NAME
from .lexicons import words
from .normalize import normalize
from .proper import looks_proper

CLASSES: tuple[str, str, str] = ("O", NAME, LOCATION)
MODEL_FILE = "context_model.json"

# words (letters and digits, inner apostrophes and hyphens), a line break, or one mark
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*|\n|[^\w\s]")
_PAD = "<s>"
# offsets of the context words whose features count
_OFFSETS = (-2, -1, 1, 2)
# words that join the parts of one name or place ("Bank of Ireland", "Maria da Silva")
_JOINERS = words("of de da do dos das del della di du la le van von der den y e")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """The words and marks of ``text`` with their offsets."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def is_candidate(word: str) -> bool:
    """A word the model judges: a capital followed by a small letter ("Tipsy",
    "McAllister", "O'Brien"), or a word with letters outside ASCII ("ọláolúwa", "Émile").
    Words in capitals are left to the rules: in a note typed in capitals every word is one,
    and the bench sets hold too few such notes to learn from."""
    if word.isascii():
        return word[0].isupper() and _MIXED.search(word) is not None
    return word[0].isalpha() and not word.isupper()


_MIXED = re.compile(r"[A-Z][a-z]")


# the word lists a word's class is read from, by the short name the features carry
_LISTS = (("med", lexicons.medical), ("epo", lexicons.eponyms), ("eng", lexicons.english),
          ("fn", lexicons.first_names), ("sn", lexicons.surnames), ("nn", lexicons.not_names),
          ("np", lexicons.not_places), ("np", lexicons.facility_generic),
          ("city", lexicons.cities))


@cache
def _lexicon_class(low: str) -> str:
    """Which word lists know ``low``, as one short string ("eng", "fn+sn", "unk")."""
    word = low.replace("\u2019", "'").split("'")[0]
    tags = dict.fromkeys(tag for tag, listed in _LISTS if word in listed())
    return "+".join(tags) or "unk"


@cache
def _shape(word: str) -> str:
    """The word's letter classes with runs collapsed: "Xx", "X", "Xx-Xx", "d", "~Xx"."""
    out = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    shape = "".join(out)[:8]
    return shape if word.isascii() else "~" + shape


def _word_features(word: str) -> list[str]:
    """Features of the judged word itself."""
    low = word.lower()
    return ["bias", f"w={low}", f"s={_shape(word)}", f"x={low[-3:]}", f"f={low[:3]}",
            f"l={_lexicon_class(low)}", f"n={min(len(word), 12)}"]


def _context_features(offset: int, word: str) -> list[str]:
    """Features of a word standing ``offset`` words from the judged one."""
    if word == _PAD:
        return [f"{offset}w=<s>"]
    low = word.lower()
    feats = [f"{offset}w={low}", f"{offset}s={_shape(word)}"]
    if abs(offset) == 1:
        feats.append(f"{offset}l={_lexicon_class(low)}")
    return feats


def _pair_feature(before: str, word: str) -> str:
    return f"p={before.lower()}|{_shape(word)}"


def _window(words: Sequence[str], i: int) -> list[str]:
    n = len(words)
    return [words[i + k] if 0 <= i + k < n else _PAD for k in _OFFSETS]


def features(words: Sequence[str], i: int) -> list[str]:
    """Every feature of the word at ``i`` of ``words`` (used in training; judging a note
    adds up the same weights through :class:`ContextModel`'s caches)."""
    feats = _word_features(words[i])
    window = _window(words, i)
    for k, w in zip(_OFFSETS, window, strict=True):
        feats.extend(_context_features(k, w))
    feats.append(_pair_feature(window[1], words[i]))
    return feats


class ContextModel:
    """Weights per feature (one per class), the margin a class needs over "O", and caches of
    each word's share of the score at each offset."""

    def __init__(self, weights: dict[str, list[float]], margin: float) -> None:
        self.weights = weights
        self.margin = margin
        # per offset (0 for the word judged, then each of _OFFSETS): word -> its share
        self._parts: dict[int, dict[str, tuple[float, ...]]] = {k: {} for k in (0, *_OFFSETS)}
        self._pairs: dict[tuple[str, str], tuple[float, ...]] = {}

    def _sum(self, feats: Iterable[str]) -> tuple[float, ...]:
        total = [0.0] * len(CLASSES)
        for f in feats:
            w = self.weights.get(f)
            if w is not None:
                for c, v in enumerate(w):
                    total[c] += v
        return tuple(total)

    def _part(self, offset: int, word: str) -> tuple[float, ...]:
        cache = self._parts[offset]
        part = cache.get(word)
        if part is None:
            if len(cache) > _CACHE_LIMIT:
                cache.clear()
            feats = _word_features(word) if offset == 0 else _context_features(offset, word)
            part = cache[word] = self._sum(feats)
        return part

    def _pair(self, before: str, word: str) -> tuple[float, ...]:
        key = (before, _shape(word))
        part = self._pairs.get(key)
        if part is None:
            if len(self._pairs) > _CACHE_LIMIT:
                self._pairs.clear()
            part = self._pairs[key] = self._sum([_pair_feature(before, word)])
        return part

    def scores(self, words: Sequence[str], i: int) -> tuple[float, float, float]:
        """Each class's score for the word at ``i``: the sum of the weights of
        :func:`features`, read from the caches (three classes, written out: this runs for
        every capitalised word of every scan)."""
        b2, b1, a1, a2 = _window(words, i)
        word = words[i]
        p = self._part
        s = p(0, word)
        t, u, v, w, x = p(-2, b2), p(-1, b1), p(1, a1), p(2, a2), self._pair(b1, word)
        return (s[0] + t[0] + u[0] + v[0] + w[0] + x[0], s[1] + t[1] + u[1] + v[1] + w[1] + x[1],
                s[2] + t[2] + u[2] + v[2] + w[2] + x[2])

    def judge(self, words: Sequence[str], i: int) -> str:
        """The class of the word at ``i``: a name or place only by :attr:`margin` over "O"."""
        s = self.scores(words, i)
        best = max(range(1, len(CLASSES)), key=s.__getitem__)
        return CLASSES[best] if s[best] - s[0] > self.margin else "O"

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, category) of the names and places in ``text``. Neighbouring words of
        one class, with the joiners between them, make one span; a span of one word that
        every word list knows is dropped ("Note" in a heading, a drug written with a
        capital): alone, such a word was more often not an identifier than one."""
        runs: list[tuple[int, int, str, int]] = []  # start, end, class, words in the run
        cands = list(candidates(text))
        # a word joined to no other candidate makes a run of one, kept only if it looks
        # proper: a word that does not is not worth judging (most capitals of a note are
        # such words: "Plan:", "Neuro", a drug at a sentence start)
        joined = [False] + [_joined_words(text, a[1], b[0]) for a, b in pairwise(cands)]
        joined.append(False)
        for k, (s, e, word) in enumerate(cands):
            if not (joined[k] or joined[k + 1] or looks_proper(text, s, word)):
                continue
            cat = self.judge(_around(text, s, e, word), 2)
            if cat == "O":
                continue
            if runs and runs[-1][2] == cat and _joined_words(text, runs[-1][1], s):
                start, _, _, n = runs[-1]
                runs[-1] = (start, e, cat, n + 1)
            else:
                runs.append((s, e, cat, 1))
        for s, e, cat, n in runs:
            if n > 1 or looks_proper(text, s, text[s:e]):
                yield s, e, cat

    def to_json(self, trained_on: Sequence[dict[str, str]], epochs: int, seed: int) -> str:
        """The model file: classes, margin, how and on what it was trained, the weights."""
        return json.dumps({"classes": CLASSES, "margin": self.margin, "epochs": epochs,
                           "seed": seed, "trained_on": list(trained_on),
                           "weights": dict(sorted(self.weights.items()))},
                          ensure_ascii=False, separators=(",", ":")) + "\n"


_CACHE_LIMIT = 200_000
# averaged weights smaller than this are left out of the file: on sets 20-23, held out,
# leaving them out moved no score by more than 0.002 (measured at 0.001, 0.05 and 0.2)
_PRUNE = 0.2


def _joined_words(text: str, end: int, start: int) -> bool:
    """The text between two words (``end`` of one, ``start`` of the next) joins them into
    one name or place: spaces, or joiners ("of", "da", "-", "&")."""
    if start - end == 1 and text[end] == " ":  # most often: one space
        return True
    if start - end > 24:  # longer than any run of joiners between two parts of a name
        return False
    return all(w.lower() in _JOINERS or w in ("-", "&") for w in _TOKEN.findall(text, end, start))


# where a word the model judges may start: a capital and a small letter, or a letter outside
# ASCII (the word around it is then found and tested)
_CANDIDATE_START = re.compile(r"[A-Z][a-z]|[^\x00-\x7f]")
# how far to look for the two words before and after a candidate
_REACH = 64


def candidates(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each word of ``text`` the model judges (:func:`is_candidate`).

    Found from a search in C for what such a word must contain rather than a split of the
    whole note: most of a note's words are not candidates, and a scan runs on every note."""
    last_end = 0
    for m in _CANDIDATE_START.finditer(text):
        pos = m.start()
        if pos < last_end:
            continue
        start = _word_start(text, pos)
        tok = _TOKEN.match(text, start) if start >= last_end else None
        if tok is None:  # a mark, or a mark or sign after the word just judged
            continue
        last_end = tok.end()
        if is_candidate(tok.group()):
            yield start, last_end, tok.group()


def _word_start(text: str, pos: int) -> int:
    """The start of the token that holds ``pos``."""
    while pos > 0:
        ch = text[pos - 1]
        if ch.isalnum():
            pos -= 1
        elif ch in "'\u2019-" and pos > 1 and text[pos - 2].isalnum():
            pos -= 2
        else:
            break
    return pos


def _around(text: str, s: int, e: int, word: str) -> list[str]:
    """The two tokens before the word at ``s``..``e``, the word, and the two after it (the
    window :func:`features` reads), padded at the ends of the text."""
    lo = max(0, s - _REACH)
    before = _TOKEN.findall(text, lo, s)
    if lo and len(before) < 3:  # a long run of spaces: look back further
        before = _TOKEN.findall(text, 0, s)
    after = _TOKEN.findall(text, e, e + _REACH)
    if len(after) < 2 and e + _REACH < len(text):
        after = _TOKEN.findall(text, e)
    before = [_PAD, _PAD, *before[-2:]][-2:]
    after = [*after[:2], _PAD, _PAD][:2]
    return [*before, word, *after]


@cache
def load() -> ContextModel:
    """The model shipped with the package."""
    raw = json.loads(resources.files("clinnet.deid").joinpath("data", MODEL_FILE)
                     .read_text(encoding="utf-8"))
    if tuple(raw["classes"]) != CLASSES:
        raise ValueError(f"{MODEL_FILE} was trained for classes {raw['classes']}")
    return ContextModel(raw["weights"], raw["margin"])


# --- training -------------------------------------------------------------------------

_GOLD_CLASS = {"PTName": NAME, "RelativeProxyName": NAME, "HCPName": NAME,
               "Location": LOCATION}


@dataclass(frozen=True)
class Example:
    feats: tuple[str, ...]
    label: int


def examples(text: str, gold: Iterable[tuple[int, int, str]],
             members: Iterable[str] = ()) -> list[Example]:
    """One example per candidate word of a note; ``gold`` holds (start, end, type) spans in
    the bench file's types. A word overlapping a name or place span is that class; any other
    word (dates and numbers included: the rules own them) is "O". The words are those of
    the normalised text, as the scanner gives the model (accents folded, look-alikes
    replaced). Words of the ``members``' names are left out: they are no identifiers because
    the network knows them, not because of their words, and taught as "O" they would teach
    the model that a name in a discussion is none."""
    spans = [(s, e, _GOLD_CLASS.get(t, "O")) for s, e, t in gold]
    norm = normalize(text)
    toks = tokens(norm.text)
    words = [t[2] for t in toks]
    member_words = {w.lower() for name in members for w in _TOKEN.findall(normalize(name).text)}
    out = []
    for i, (ns, ne, word) in enumerate(toks):
        if not is_candidate(word) or word.lower() in member_words:
            continue
        s, e = norm.to_original(ns, ne)
        label = next((c for a, b, c in spans if a < e and s < b), "O")
        out.append(Example(tuple(features(words, i)), CLASSES.index(label)))
    return out


def train(data: Sequence[Example], epochs: int = 8, seed: int = 0) -> dict[str, list[float]]:
    """Averaged perceptron weights over ``data`` (the same data and seed give the same
    weights), rounded, with weights too small to matter left out."""
    n = len(CLASSES)
    weights: dict[str, list[float]] = {}
    totals: dict[str, list[float]] = {}
    stamps: dict[str, list[int]] = {}
    step = 0
    order = list(range(len(data)))
    rng = random.Random(seed)  # noqa: S311 (an order of examples, not a secret)
    for _ in range(epochs):
        rng.shuffle(order)
        for idx in order:
            ex = data[idx]
            step += 1
            score = [0.0] * n
            for f in ex.feats:
                w = weights.get(f)
                if w:
                    for c in range(n):
                        score[c] += w[c]
            guess = max(range(n), key=score.__getitem__)
            if guess == ex.label:
                continue
            for f in ex.feats:
                w = weights.setdefault(f, [0.0] * n)
                t = totals.setdefault(f, [0.0] * n)
                st = stamps.setdefault(f, [0] * n)
                for c, delta in ((ex.label, 1.0), (guess, -1.0)):
                    t[c] += (step - st[c]) * w[c]
                    st[c] = step
                    w[c] += delta
    averaged = {}
    for f, w in weights.items():
        t, st = totals[f], stamps[f]
        avg = [round((t[c] + (step - st[c]) * w[c]) / step, 2) for c in range(n)]
        if any(abs(v) >= _PRUNE for v in avg):
            averaged[f] = avg
    return averaged


def train_files(paths: Sequence[Path], root: Path, margin: float = 4.0, epochs: int = 8,
                seed: int = 0) -> str:
    """The model file's text for a model trained on the bench sets at ``paths`` (JSONL notes
    with gold ``phi`` spans), each recorded by its path under ``root`` and its sha256."""
    data: list[Example] = []
    trained_on = []
    for path in paths:
        raw = path.read_bytes()
        for line in raw.decode("utf-8").splitlines():
            if line.strip():
                note = json.loads(line)
                gold = [(int(g["start"]), int(g["end"]), g["type"]) for g in note.get("phi", ())]
                members = [m["name"] for m in note.get("members", ())]
                data.extend(examples(note["text"], gold, members))
        trained_on.append({"file": _relative(path, root),
                           "sha256": hashlib.sha256(raw).hexdigest()})
    weights = train(data, epochs=epochs, seed=seed)
    return ContextModel(weights, margin).to_json(trained_on, epochs, seed)


def _relative(path: Path, root: Path) -> str:
    """``path`` as the repository names it (no machine's own directories in the file)."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.name
