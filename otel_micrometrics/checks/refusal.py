"""Refusal: the model declined the asked task.

Labels:
- ``fail``: the reply declines and delivers nothing of the task: the provider's structured
  refusal (OpenAI ``message.refusal``, a ``refusal`` finish reason such as Anthropic's
  ``stop_reason``), or declining words in the reply's opening with nothing offered after them;
- ``partial``: the reply declines the asked task (on principle, "I can't write fake reviews",
  or for lack of access or ability, "I can't access your calendar") and offers something else
  instead (instructions, an alternative deliverable, somewhere to turn);
- ``pass``: the reply does the task (apologies, disclaimers and caveats included).

Dashboards count ``fail`` and ``partial`` as refusals. No score.

The opening is what matters: "I can't ..." deep inside a helpful answer is not a refusal, and
an apology that goes on to help ("Sorry for the confusion, here is the fix") is ``pass``.
Declining words are looked up in the phrase table of the reply's language (and of the languages
the identifier confuses it with), in ``refusal_phrases``: a contributor extends one table, and
a reply only pays for its own language's table.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import compress, count, repeat
from operator import is_
from typing import NamedTuple, cast

from ..exchange import Exchange
from ..registry import Result, check
from .language import _identify_unsure, identify
from .refusal_phrases import PHRASES, SIBLINGS, Phrases

OWNER = "otel-micrometrics"
PASS = Result(label="pass")  # results are immutable: one shared instance

OPENING_CHARS = 260  # a refusal declines up front: only matches starting here count
# What follows a decline and is read for an offer or for delivered content.
FOLLOW_CHARS = 1200

_FINISH_REFUSAL = frozenset({"refusal", "refused"})

# Scripts, for replies too short to identify: the tables to try for each.
_SCRIPT_TABLES = (
    (re.compile(r"[\u3040-\u30ff]"), ("ja",)),
    (re.compile(r"[\uac00-\ud7af]"), ("ko",)),
    (re.compile(r"[\u4e00-\u9fff]"), ("zh", "ja")),
    (re.compile(r"[\u0e00-\u0e7f]"), ("th",)),
    (re.compile(r"[\u0900-\u097f]"), ("hi",)),
    (re.compile(r"[\u0980-\u09ff]"), ("bn",)),
    (re.compile(r"[\u0590-\u05ff]"), ("he",)),
    (re.compile(r"[\u0600-\u06ff]"), ("ar", "fa", "ur")),
    (re.compile(r"[\u0370-\u03ff]"), ("el",)),
    (re.compile(r"[\u0400-\u04ff]"), ("ru", "uk", "bg", "mk", "sr")),
)
_LATIN_TABLES = tuple(
    lang
    for lang in PHRASES
    if lang not in {"ja", "ko", "zh", "th", "hi", "bn", "he", "ar", "fa", "ur", "el", "ru", "uk", "bg", "mk", "sr"}
)

_GAP_WORDS = r"(?:\S+ ){0,3}"  # ~ : up to three words
_GAP_CHARS = r"[^.!?。！？\n]{0,40}?"  # * : up to 40 characters of the same sentence
_SYNTAX = re.compile(r"(\{do\}|\s*~\s*|\s*\*\s*|[()|?])")
_WORD_START = r"(?<![^\W_])"  # not inside a word (digits count as a boundary)
# Removed before matching, so phrases are written without them.
_REPLACED = ((",", ""), ("，", ""), ("\u200c", ""), ("’", "'"), ("‘", "'"))
# Phrases are grouped by the start of their longest literal word: an opening is searched with a
# group only when one of its words starts the same way.
KEY_CHARS = 5
_WORD_END = ".,!?;:)»\"'…。，、"
# Each word's key, remembered: most words of an opening were seen in earlier replies, and looking
# a word up costs a third of cutting it again. Bounded: emptied when full.
_KEYS_SEEN: dict[str, str] = {}
KEYS_SEEN_MAX = 8192


def word_keys(words: list[str]) -> list[str]:
    """The key of each word, in order: its start, trailing punctuation dropped
    (``word.rstrip(_WORD_END)[:KEY_CHARS]``)."""
    seen = _KEYS_SEEN
    found = list(map(seen.get, words))
    if None not in found:
        return cast(list[str], found)
    if len(seen) >= KEYS_SEEN_MAX:
        seen.clear()
    # Only the new words (an order number, a name: one or two of an opening) are cut; the
    # others' keys are in ``found`` already.
    for index in _indexes_of_none(found):
        found[index] = seen[words[index]] = words[index].rstrip(_WORD_END)[:KEY_CHARS]
    return cast(list[str], found)


def _indexes_of_none(found: list[str | None]) -> list[int]:
    """The indexes of the ``None`` entries of ``found``, listed in C."""
    return list(compress(count(), map(is_, found, repeat(None))))


def normalize(text: str) -> str:
    """Lower case, commas, asterisks and zero-width non-joiners dropped, curly apostrophes straight,
    one space."""
    lower = text.lower()
    if "\u0307" in lower:  # "İ" lowercases with a combining dot
        lower = lower.replace("i\u0307", "i")
    if not lower.isascii():
        for old, new in _REPLACED:
            if old in lower:
                lower = lower.replace(old, new)
    elif "," in lower:
        lower = lower.replace(",", "")
    if "*" in lower:  # markdown emphasis inside a phrase: "I **can't** help"
        lower = lower.replace("*", "")
    return " ".join(lower.split())


def _phrase_pattern(phrase: str, verbs: str, spaced: bool) -> str:
    parts: list[str] = []
    for piece in _SYNTAX.split(phrase):
        if not piece:
            continue
        token = piece.strip()
        if token == "{do}":
            parts.append(f"(?:{verbs})")
        elif token == "~":
            parts.append(" " + _GAP_WORDS)
        elif token == "*":
            parts.append(r"\s?" + _GAP_CHARS + r"\s?")
        elif token == "(":
            parts.append("(?:")
        elif piece in ")|?":
            parts.append(piece)
        else:
            parts.append(re.escape(piece))
    pattern = "".join(parts)
    return (_WORD_START + pattern) if spaced else pattern


def _lines(block: str) -> list[str]:
    # commas are dropped from the text before matching: from phrases too
    return [line.strip().replace(",", "") for line in block.strip().splitlines() if line.strip()]


def _literal_words(phrase: str) -> tuple[list[str], str]:
    """The phrase's literal words and its literal start."""
    masked = re.sub(r"\([^)]*\)\??|\{do\}", "\0", phrase)
    start = re.split(r"[\0~*]", masked, maxsplit=1)[0].strip()
    tokens = re.split(r"( +)", masked)
    words = []
    for token in tokens:
        if not token.strip():
            continue
        if any(c in token for c in "\0~*"):
            continue
        words.append(token)
    return words, start


class Group(NamedTuple):
    """The declining phrases that share one required word (or substring)."""

    decline: re.Pattern[str]
    unable: re.Pattern[str]
    spaced: bool  # matches must start at the start of a word


class Table(NamedTuple):
    """One language's compiled phrases: declining ones grouped by the word they require, so an
    opening is only searched with the few phrases whose word it contains."""

    by_word: dict[str, Group]  # the start (KEY_CHARS) of the word
    by_substring: dict[str, Group]
    offer: re.Pattern[str] | None
    answer: re.Pattern[str] | None  # answering anyway after an "I can't access ..."
    keys: frozenset[str]  # by_word's keys: one set test tells whether any group applies
    # by_substring's substrings by their first character ("" for the empty one), each with its
    # place in by_substring
    by_first: dict[str, tuple[tuple[int, str], ...]] = {}
    # look-alikes that start where a declining phrase does ("I can't help but notice")
    ignore: re.Pattern[str] | None = None

    def groups(self, lower: str, keys: list[str]) -> list[Group]:
        """The groups whose word is among the opening's word ``keys`` (``word_keys``), in the
        order their words come, then those whose substring ``lower`` contains."""
        # Each key has its own group: no group comes twice. The keys found (one or two of an
        # opening's forty) are put in the order they first come, in C.
        found = (
            []
            if self.keys.isdisjoint(keys)
            else [self.by_word[key] for key in sorted(self.keys.intersection(keys), key=keys.index)]
        )
        if self.by_substring:
            # Only the substrings that start with a character of the opening are looked for (a
            # Chinese or Japanese table has 100-200: testing each cost ~10 µs an opening), then
            # put back in the table's order.
            held = [
                placed
                for start, substrings in self.by_first.items()
                if start in lower  # ("" always is)
                for placed in substrings
                if placed[1] in lower
            ]
            if held:
                held.sort()
                found += [self.by_substring[substring] for _, substring in held]
        return found


# What an empty list of phrases compiles to: anchored at the start, it is tried once per search
# (unanchored, a pattern that never matches is still tried at every character: ~3 µs).
_NEVER = r"\A(?!x)x"


def _compile(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or _NEVER)


def _verbs(phrases: Phrases) -> str:
    return "|".join(re.escape(v.strip()) for v in phrases.verbs.split("|") if v.strip())


def _requirement(phrase: str, spaced: bool) -> tuple[bool, str]:
    """(True, start of a word) when the phrase needs a word that starts so; (False, substring)
    otherwise."""
    words, start = _literal_words(phrase)
    # a word's key is cut without its trailing punctuation (``word_keys``): so is a phrase's
    words = [w.rstrip(_WORD_END) for w in words if len(w.rstrip(_WORD_END)) >= 2]
    if spaced and words:
        return True, max(words, key=len)[:KEY_CHARS]
    return False, start


@cache
def table(lang: str) -> Table | None:
    """The compiled phrase table of ``lang``, built on its first use (``None``: no table)."""
    phrases = PHRASES.get(lang)
    if phrases is None:
        return None
    verbs = _verbs(phrases)
    grouped: dict[tuple[bool, str], tuple[list[str], list[str]]] = {}
    for index, block in enumerate((phrases.decline, phrases.unable)):
        for phrase in _lines(block):
            lists = grouped.setdefault(_requirement(phrase, phrases.spaced), ([], []))
            # No look-behind here: a pattern that starts with literal characters is searched
            # much faster; the start of a word is checked on the match (``_search``).
            lists[index].append(_phrase_pattern(phrase, verbs, spaced=False))
    by_word: dict[str, Group] = {}
    by_substring: dict[str, Group] = {}
    for (whole, needed), (decline, unable) in grouped.items():
        group = Group(_compile(decline), _compile(unable), phrases.spaced)
        if whole:
            by_word[needed] = group
        else:
            by_substring[needed] = group
    offers = [_phrase_pattern(phrase, verbs, phrases.spaced) for phrase in _lines(phrases.offer)]
    answers = [_phrase_pattern(phrase, verbs, phrases.spaced) for phrase in _lines(phrases.answer)]
    ignores = [_phrase_pattern(phrase, verbs, spaced=False) for phrase in _lines(phrases.ignore)]
    by_first: dict[str, tuple[tuple[int, str], ...]] = {}
    for place, substring in enumerate(by_substring):
        by_first[substring[:1]] = (*by_first.get(substring[:1], ()), (place, substring))
    return Table(
        by_word,
        by_substring,
        _compile(offers) if offers else None,
        _compile(answers) if answers else None,
        frozenset(by_word),
        by_first,
        _compile(ignores) if ignores else None,
    )


def reply_languages(text: str) -> tuple[str, ...]:
    """The tables a reply is read with: its language and the ones the identifier confuses it
    with; for a reply too short to identify, every table of its script."""
    found = identify(text)
    if found is not None:
        lang = found.lang
        langs = (lang, *SIBLINGS.get(lang, ())) if lang in PHRASES or lang in SIBLINGS else ("en",)
        # A language the identifier reads as likelier than the one it settled on (a close
        # sibling's words can outvote the model) is read too.
        top = max(found.probs, key=found.probs.__getitem__, default=lang)
        if top not in langs and top in PHRASES and found.probs[top] > found.probs.get(lang, 0.0):
            langs = (*langs, top)
        return langs
    head = text[:OPENING_CHARS]
    by_script = _LATIN_TABLES
    if not head.isascii():
        for script, langs in _SCRIPT_TABLES:
            if script.search(head):
                by_script = langs
                break
    # The identifier's guesses first (their phrases win a tie), then every table of the script:
    # a table whose words are missing from the opening costs one set test.
    guess = _identify_unsure(text)
    likely = [lang for lang, p in guess.probs.items() if p >= 0.1 and lang in PHRASES][:2] if guess else []
    return tuple(dict.fromkeys([*likely, *by_script]))


def _search(pattern: re.Pattern[str], opening: str, spaced: bool, pos: int = 0) -> re.Match[str] | None:
    """The first match of ``pattern`` from ``pos`` that starts a word (where words are spaced)."""
    while (match := pattern.search(opening, pos)) is not None:
        start = match.start()
        if not spaced or start == 0 or not opening[start - 1].isalnum():
            return match
        pos = start + 1
    return None


def _last_end(pattern: re.Pattern[str], opening: str, spaced: bool) -> int:
    """Where the last of the (possibly overlapping) matches of ``pattern`` ends."""
    end = pos = 0
    while (match := _search(pattern, opening, spaced, pos)) is not None:
        end = max(end, match.end())
        pos = match.start() + 1
    return end


# A quoted passage in the opening is someone else's words (a drafted message: "Here is the draft:
# «I can't attend on Friday, ...»"), not the model declining: its characters are blanked before
# the phrases are looked for (same length, so positions still match the normalized reply).
_QUOTED = re.compile(
    r'"[^"\n]{1,300}"|“[^”"\n]{1,300}[”"]|„[^“”"\n]{1,300}[“”"]|«[^»\n]{1,300}»|「[^」\n]{1,300}」|『[^』\n]{1,300}』'
)


def _blank(match: re.Match[str]) -> str:
    quoted = match.group()
    return quoted[0] + "." * (len(quoted) - 2) + quoted[-1]


def _unquoted(opening: str) -> str:
    """``opening`` with the inside of each quoted passage blanked out."""
    if '"' in opening or "“" in opening or "„" in opening or "«" in opening or "「" in opening or "『" in opening:
        return _QUOTED.sub(_blank, opening)
    return opening


# A colon that ends a line introduces what the reply delivers (a drafted letter, a list of
# steps): a decline written after it is the draft's ("Here is an example letter:\n\n... I have
# to decline the offer"), not the model's. Every decline of the corpora comes before it.
_DELIVERS = re.compile(r"[:：][ \t]*\r?\n")


def _delivery_cut(text: str) -> int | None:
    """Where, in the normalized opening, a colon that introduces a delivered text ends."""
    head = text[:OPENING_CHARS]
    if ":" not in head and "：" not in head:
        return None
    delivers = _DELIVERS.search(head)
    return None if delivers is None else len(normalize(head[: delivers.end()]))


class Decline(NamedTuple):
    lang: str
    end: int  # where the declining phrase ends in the normalized reply
    unable: bool  # for lack of access or ability, not on principle
    start: int = 0  # where it starts


def find_decline(text: str) -> Decline | None:
    """The first declining phrase in the reply's opening, in the tables of its language, before
    any colon that introduces a delivered text."""
    found = _find_decline(text, OPENING_CHARS)
    if found is not None:
        cut = _delivery_cut(text)  # looked for only when a phrase was found: most replies have none
        if cut is not None and found.start >= cut:
            return _find_decline(text, cut)
    return found


def _find_decline(text: str, limit: int) -> Decline | None:
    """The first declining phrase in the first ``limit`` characters of the normalized opening."""
    lower = text[:OPENING_CHARS].lower()
    if not lower.isascii():
        if "’" in lower:
            lower = lower.replace("’", "'")
        if "\u200c" in lower:  # Persian writes a zero-width non-joiner inside words; phrases omit it
            lower = lower.replace("\u200c", "")
    if "*" in lower:
        lower = lower.replace("*", "")
    keys = word_keys(lower.split())
    opening = ""  # normalized only when some phrase group may match
    best: Decline | None = None
    best_start = OPENING_CHARS + 1
    best_end = 0
    for lang in reply_languages(text):
        phrases = table(lang)
        if phrases is None:
            continue
        groups = phrases.groups(lower, keys)
        if not groups:
            continue
        opening = opening or _unquoted(normalize(text[:OPENING_CHARS]))[:limit]
        for group in groups:
            for pattern, unable in ((group.decline, False), (group.unable, True)):
                match = _search(pattern, opening, group.spaced)
                while match is not None and phrases.ignore is not None and phrases.ignore.match(opening, match.start()):
                    match = _search(pattern, opening, group.spaced, match.start() + 1)
                if match is None:
                    continue
                # At the same start the longer phrase of the same table is the more specific
                # reading ("我无法访问", cannot access, over "我无法", cannot); between tables, the
                # reply's own language (read first) keeps it.
                if match.start() < best_start or (
                    match.start() == best_start and match.end() > best_end and best is not None and best.lang == lang
                ):
                    best_start, best_end = match.start(), match.end()
                    best = Decline(lang, 0, unable, match.start())
        if best is not None and best.lang == lang:
            # What follows the decline starts after the last declining phrase of the opening
            # ("Lo siento, pero no puedo ayudarte": after "ayudarte", not after "no").
            end = max(_last_end(p, opening, g.spaced) for g in groups for p in (g.decline, g.unable))
            best = best._replace(end=end)
    return best


# After the declining sentence, signs in any language of a pointer to somewhere else: a web
# address, steps ("App → Send"), a phone number, a quoted label or a colon that introduces them.
_SENTENCE_END = re.compile(r"[.!?。！？؟।]\s|[。！？]|\n")
_POINTER = re.compile(r"\w\.(?:com|org|net|gov|[a-z]{2})\b|→|->|\d{3}|[«“„\":]")


# An answer given anyway starts right after the "I can't access ...": within these characters.
ANSWER_CHARS = 80


def _answers_anyway(rest: str, lang: str) -> bool:
    """True when, right after a limit or a hedge, the reply answers from what it knows ("I can't
    browse, but from what I know ...", "I can't say for sure, but most likely ...")."""
    head = rest[:ANSWER_CHARS]
    for name in (lang, *SIBLINGS.get(lang, ())):
        phrases = table(name)
        if phrases is not None and phrases.answer is not None and phrases.answer.search(head):
            return True
    return False


def _declines(sentence: str, lang: str) -> bool:
    """True when a (normalized) sentence holds a declining phrase of ``lang`` or its siblings."""
    keys = word_keys(sentence.split())
    for name in (lang, *SIBLINGS.get(lang, ())):
        phrases = table(name)
        if phrases is None:
            continue
        for group in phrases.groups(sentence, keys):
            if _search(group.decline, sentence, group.spaced) or _search(group.unable, sentence, group.spaced):
                return True
    return False


def _offers(rest: str, lang: str) -> bool:
    """True when what follows the decline offers something else: its language's words for an
    offer, or a pointer (address, steps, number, a quoted label) in a later sentence that does
    not decline again ("... even «just in case», I won't": a quote, no pointer)."""
    for name in (lang, *SIBLINGS.get(lang, ())):
        phrases = table(name)
        if phrases is not None and phrases.offer is not None and phrases.offer.search(rest):
            return True
    end = _SENTENCE_END.search(rest)
    if end is None:
        return False
    # Sentence by sentence: a pointer never spans a sentence end (a full stop inside one, as in
    # an address, is not followed by a space).
    start = end.end()
    for stop in [*(m.start() for m in _SENTENCE_END.finditer(rest, start)), len(rest)]:
        sentence = rest[start:stop]
        if _POINTER.search(sentence) is not None and not _declines(sentence, lang):
            return True
        start = stop
    return False


@check(
    "refusal",
    level="walk",
    owner=OWNER,
    review_by="2027-06-30",
    labels=("pass", "partial", "fail"),
    description="fail when the model declines the task; partial when it declines and offers something else.",
)
def refusal(exchange: Exchange) -> Result | None:
    """``fail`` / ``partial`` when the model declines the task, ``pass`` when it does it."""
    if exchange.error_type is not None:
        return None
    if exchange.refusal and exchange.refusal.strip():
        return Result(label="fail", explanation="structured refusal from the provider")
    if exchange.finish_reasons and not _FINISH_REFUSAL.isdisjoint(map(str.lower, exchange.finish_reasons)):
        return Result(label="fail", explanation="finish reason refusal")
    text = exchange.output_text.strip()
    if not text:
        return None
    decline = find_decline(text)
    if decline is None:
        return PASS
    rest = normalize(text[: OPENING_CHARS + FOLLOW_CHARS])[decline.end :]
    # A limit or a hedge followed right away by the answer is a caveat: "I can't browse, but
    # usually ...", "I can't say for sure without the log, but most likely ...".
    if _answers_anyway(rest, decline.lang):
        return PASS
    why = "cannot do what was asked" if decline.unable else "declines in the opening"
    if _offers(rest, decline.lang):
        return Result(label="partial", explanation=f"{why}, offers something else")
    return Result(label="fail", explanation=why)
