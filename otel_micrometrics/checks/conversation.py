"""Conversation checks: did the user have to ask again, get frustrated, hear the same answer
twice, or get handed to a human?

Chat-completion calls carry the conversation so far, so each of these is a pure function of
one ``Exchange``. The two user checks judge the latest user message, so they apply only when
the request ends with a user message: in a tool round-trip within one user turn the turn was
already judged on the call that first saw it, and is not counted twice.

Patterns cover en, es, de, fr, pt, it, nl; they are compiled once, at import.
"""

from __future__ import annotations

import re
import re._constants as _sre  # type: ignore[import-not-found]
import re._parser as _re_parser  # type: ignore[import-not-found]
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from itertools import pairwise
from typing import Any

from ..config import DEFAULT_HANDOFF_TOOLS
from ..exchange import Exchange
from ..registry import Result, check
from .prose import letter_count
from .text import PUNCTUATION, WORDS_MAX_CHARS, split_all_words, split_words, words
from .text import clear_cache as clear_forms

OWNER = "otel-micrometrics"
# Results are immutable: the ones without a score are shared instances.
PASS = Result(label="pass")
NO_HANDOFF = Result(label="none")
NOT_REPEATED = Result(label="pass", score=0.0)
REVIEW_BY = "2027-06-30"

# user_rephrase: character-trigram Dice similarity of the two latest user messages.
REPHRASE_SIMILARITY = 0.62
# ... or an explicit "I mean / again / my question was" marker plus this much similarity.
REPHRASE_MARKED_SIMILARITY = 0.25
# ... or the shorter message's trigrams found this much in the longer one.
REPHRASE_CONTAINED = 0.66
MIN_CONTAINED_GRAMS = 16
MIN_USER_CHARS = 10
MAX_USER_CHARS = 1000
# assistant_repeat: word-bigram Dice similarity of the reply to an earlier assistant turn.
REPEAT_SIMILARITY = 0.70
MIN_REPLY_WORDS = 5
_LENGTH_RATIO = 0.4
_WORD_PREFILTER = 0.6
MAX_CHARS = WORDS_MAX_CHARS


def _gate(words: Sequence[str], triggers: frozenset[str]) -> bool:
    """True when a pattern family can match: one of its trigger words is present. A word-set
    test costs a fraction of running the family's regex over the text."""
    return not triggers.isdisjoint(words)


def _trigrams(words: Sequence[str]) -> frozenset[tuple[str, str, str]]:
    """Character trigrams of the words joined by spaces (padded), each as a tuple of its three
    characters: the same set as the three-character slices, built at a third of the cost."""
    joined = " " + " ".join(words) + " "
    return frozenset(zip(joined, joined[1:], joined[2:], strict=False))


# Messages whose features are kept. A full cache frees its oldest entry (some 70 trigram tuples)
# on every call, and freeing memory that has gone cold costs about as much as computing the
# features again: a small cache that still covers the conversations in flight is cheapest.
USER_FEATURES_CACHE = 64


@lru_cache(maxsize=USER_FEATURES_CACHE)
def _user_features(text: str) -> tuple[tuple[str, ...], frozenset[tuple[str, str, str]], int]:
    """Words, character trigrams and the number of word characters of a user message; the
    previous message was the latest one of the previous call, so each text is usually
    computed once per conversation."""
    found = words(text)
    return found, _trigrams(found), sum(map(len, found))


def clear_cache() -> None:
    """Forget the remembered features of earlier texts (benchmarks measure the uncached cost)."""
    _user_features.cache_clear()
    _reply_features.cache_clear()
    clear_forms()


def _dice(a: AbstractSet[Any], b: AbstractSet[Any]) -> float:
    if not a or not b:
        return 0.0
    return 2.0 * len(a & b) / (len(a) + len(b))


def _latest_is_user(exchange: Exchange) -> bool:
    return bool(exchange.messages) and exchange.messages[-1].role == "user"


def _two_latest_user_texts(exchange: Exchange) -> tuple[str, str] | None:
    """The last two of ``exchange.user_texts()`` (previous, latest), read from the end of the
    conversation; ``None`` when it has fewer than two."""
    latest = None
    for message in reversed(exchange.messages):
        if message.role == "user" and message.content:
            if latest is not None:
                return message.content, latest
            latest = message.content
    return None


def _has_second_user_message(exchange: Exchange) -> bool:
    """``exchange.turn_index >= 2``, reading only as many messages as that takes (from the end,
    where the latest user messages are)."""
    seen = 0
    for message in reversed(exchange.messages):
        if message.role == "user":
            seen += 1
            if seen == 2:
                return True
    return False


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern written as ``(?:a|b|...)``."""
    if not (pattern.startswith("(?:") and pattern.endswith(")")):
        raise ValueError("expected a pattern of the form (?:a|b|...)")
    body = pattern[3:-1]
    found: list[str] = []
    depth = start = 0
    in_class = False
    index = 0
    while index < len(body):
        ch = body[index]
        if ch == "\\":
            index += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            found.append(body[start:index])
            start = index + 1
        index += 1
    found.append(body[start:])
    return found


def _word_start_first(pattern: str) -> str:
    """``(?:\\ba|\\bb|...)`` as ``\\b(?:a|b|...)``: the same matches, in the same order, but a
    position inside a word fails one test instead of one per alternative (a third faster on
    the long phrase lists below)."""
    alternatives = _alternatives(pattern)
    if not all(alternative.startswith("\\b") for alternative in alternatives):
        return pattern
    return "\\b(?:" + "|".join(alternative[2:] for alternative in alternatives) + ")"


# A phrase list's alternatives, indexed by a word that every match of theirs holds whole: the
# words of a message pick the few alternatives that can match it, and a message that holds a
# trigger word of a family is searched with those (and the ones no word picks) instead of with
# every alternative at every word start (~8 µs for 70 characters on the frustration list).
_ENUMERATION_LIMIT = 64


def _spellings(items: Any) -> list[str] | None:
    """Every string a parsed regular expression ``items`` matches, or ``None`` when they are not
    a few literal spellings (a class of many characters, a repeat, a flag, more than 64)."""
    found = [""]
    for op, value in items:
        options: list[str] | None
        if op is _sre.LITERAL:
            options = [chr(value)]
        elif op is _sre.SUBPATTERN:
            options = None if value[1] or value[2] else _spellings(value[3])
        elif op is _sre.BRANCH:
            options = []
            for branch in value[1]:
                spelled = _spellings(branch)
                if spelled is None:
                    return None
                options += spelled
        elif op is _sre.IN:
            options = [chr(char) for kind, char in value if kind is _sre.LITERAL]
            if len(options) != len(value):
                return None  # a range, a category, a negation
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and value[1] <= 2:
            once = _spellings(value[2])
            if once is None:
                return None
            options = [""] if value[0] == 0 else []
            options += once if value[0] <= 1 else []
            options += [a + b for a in once for b in once] if value[1] == 2 else []
        elif op is _sre.AT:
            options = [""]  # \b and the like consume nothing
        else:
            return None
        if options is None:
            return None
        found = [head + tail for head in found for tail in options]
        if len(found) > _ENUMERATION_LIMIT:
            return None
    return found


def _parts(alternative: str) -> list[list[Any]]:
    """The parsed ``alternative``, cut at the spaces it always has."""
    parts: list[list[Any]] = [[]]
    for item in _re_parser.parse(alternative):
        if item[0] is _sre.LITERAL and item[1] == ord(" "):
            parts.append([])
        else:
            parts[-1].append(item)
    return parts


def _held_words(parts: list[list[Any]], first: bool = False) -> frozenset[str] | None:
    """Words one of which every match of an alternative (cut into ``_parts``) holds whole, as
    ``words`` reads them, or ``None``. A part between two spaces the alternative always has (not
    its first or last part, whose neighbours lie outside the match) is a run of whole words: when
    it has a few spellings, each spelling's longest word is one of them. With ``first``, the first part
    counts too when a later one follows and each of its spellings starts with a word character:
    the match then starts after a character that is no word character, which separates words in
    a text whose every such character does (``_separated``)."""
    best: frozenset[str] | None = None
    for number, part in enumerate(parts[:-1]):
        if number == 0 and not first:
            continue
        spelled = _spellings(part)
        if not spelled:
            continue
        if number == 0 and not all(_WORD_CHARACTER.match(spelling) for spelling in spelled):
            continue
        held = [split_all_words(spelling) for spelling in spelled]
        if not all(held):
            continue
        chosen = frozenset(max(words, key=len) for words in held)
        if best is None or len(chosen) < len(best):
            best = chosen
    return best


_WORD_CHARACTER = re.compile(r"\w")
# Latin-1 characters that are word characters (``\w``), whitespace or punctuation: each of the
# others (§, °, a soft hyphen, ...) is neither part of a word nor a word break for ``words``.
_WORDS_OR_BREAKS = bytes(
    code
    for code in range(256)
    if chr(code).isalnum() or chr(code) == "_" or chr(code).isspace() or chr(code) in PUNCTUATION
)


def _separated(text: str) -> bool:
    """True when every character of ``text`` that is no word character separates words, as
    ``words`` reads them (Latin-1 text only: any other is taken as not separated)."""
    try:
        encoded = text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return not encoded.translate(None, _WORDS_OR_BREAKS)


class _PhraseIndex:
    """``pattern`` (``\\b(?:a|b|...)``) searched with only the alternatives a text's words allow."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        by_word: dict[str, list[str]] = {}
        by_first_word: dict[str, list[str]] = {}
        always: list[str] = []  # searched on every text
        unless_separated: list[str] = []  # on a text that is not ``_separated``
        starts_word: dict[str, bool] = {}
        for alternative in _alternatives(pattern.pattern[len("\\b") :]):
            parts = _parts(alternative)
            starts_word[alternative] = _starts_with_word_character(parts)
            held = _held_words(parts)
            if held is not None:
                for word in held:
                    by_word.setdefault(word, []).append(alternative)
                continue
            held = _held_words(parts, first=True)
            if held is None:
                always.append(alternative)
                continue
            unless_separated.append(alternative)
            for word in held:
                by_first_word.setdefault(word, []).append(alternative)
        self.words = frozenset(by_word)
        self.first_words = frozenset(by_first_word)
        self._by_word = {word: _group(alternatives, starts_word) for word, alternatives in by_word.items()}
        self._by_first_word = {word: _group(alternatives, starts_word) for word, alternatives in by_first_word.items()}
        self._compiled: dict[str, tuple[re.Pattern[str], bool]] = {}
        self._compiled_first: dict[str, tuple[re.Pattern[str], bool]] = {}
        self._always = re.compile("\\b(?:" + "|".join(always) + ")") if always else None
        self._unless_separated = re.compile("\\b(?:" + "|".join(always + unless_separated) + ")")

    def search(self, low: str, said: Sequence[str], separated: bool) -> bool:
        """``pattern.search(low) is not None``, where ``said`` are the ``words`` of the text
        ``low`` is the lower-cased copy of and ``separated`` is ``_separated`` of that text."""
        for word in self.words.intersection(said):
            if _found(low, *_compiled(word, self._by_word, self._compiled)):
                return True
        if not separated:
            return self._unless_separated.search(low) is not None
        for word in self.first_words.intersection(said):
            if _found(low, *_compiled(word, self._by_first_word, self._compiled_first)):
                return True
        return self._always is not None and self._always.search(low) is not None


def _group(alternatives: list[str], starts_word: dict[str, bool]) -> tuple[str, bool]:
    """The alternatives as one pattern, and whether it leaves out their ``\\b``: it does when
    each of them starts with a word character, so that the word start can be tested on the
    match (``_found``) and the search skips, in C, the characters none of them starts with."""
    if all(starts_word[alternative] for alternative in alternatives):
        return "(?:" + "|".join(alternatives) + ")", True
    return "\\b(?:" + "|".join(alternatives) + ")", False


def _starts_with_word_character(parts: list[list[Any]]) -> bool:
    """Whether every match of an alternative (cut into ``_parts``) starts with a word character."""
    spelled = _spellings(parts[0])
    if not spelled:
        return False
    return all(_WORD_CHARACTER.match(spelling) for spelling in spelled)


def _compiled(
    word: str, sources: dict[str, tuple[str, bool]], compiled: dict[str, tuple[re.Pattern[str], bool]]
) -> tuple[re.Pattern[str], bool]:
    """``sources[word]`` compiled, on first use (most words never come)."""
    found = compiled.get(word)
    if found is None:
        source, word_start = sources[word]
        found = compiled[word] = (re.compile(source), word_start)
    return found


def _found(low: str, pattern: re.Pattern[str], word_start: bool) -> bool:
    """Whether ``pattern`` matches in ``low``, at a word start when ``word_start`` (as ``\\b``
    before a word character: at the text's start or after a character that is no word
    character)."""
    if not word_start:
        return pattern.search(low) is not None
    at = 0
    while (match := pattern.search(low, at)) is not None:
        start = match.start()
        if start == 0 or not (low[start - 1].isalnum() or low[start - 1] == "_"):
            return True
        at = start + 1  # every alternative starts there or nowhere at a word start
    return False


# --- user_rephrase ---------------------------------------------------------------------------

_REPHRASE_MARKERS = re.compile(
    r"\b(?:"
    # en
    r"i mean|i meant|what i mean|i(?:'m| am) asking|my question (?:is|was)|in other words|"
    r"let me (?:rephrase|ask again|try again|put it)|to rephrase|i(?:'ll| will) ask again|"
    r"(?:i )?asked (?:you )?(?:before|already|earlier)|once more|again\b|i said|i asked|"
    # es
    r"quiero decir|me refiero|mi pregunta (?:es|era)|lo que (?:pregunto|pregunt[eé]|quiero saber)|"
    r"en otras palabras|otra vez|de nuevo|vuelvo a preguntar|te pregunt[eé]|"
    # de
    r"ich meine|ich meinte|meine frage (?:ist|war)|ich frage|mit anderen worten|nochmal|"
    r"noch ?mal|noch einmal|erneut|ich habe (?:gefragt|doch gefragt)|ich wollte wissen|"
    # fr
    r"je veux dire|je voulais dire|ma question (?:est|[ée]tait)|ce que je (?:demande|veux savoir)|"
    r"autrement dit|en d'autres termes|encore une fois|je r[ée]p[èe]te|je (?:vous |te )?redemande|"
    r"j'ai demand[ée]|"
    # pt
    r"quero dizer|quis dizer|minha pergunta (?:[ée]|era)|o que (?:eu )?(?:perguntei|pergunto|quero saber)|"
    r"em outras palavras|novamente|repito|eu perguntei|"
    # it
    r"intendo|intendevo|voglio dire|la mia domanda (?:[èe]|era)|quello che (?:chiedo|ho chiesto|voglio sapere)|"
    r"in altre parole|di nuovo|ancora una volta|ripeto|ho chiesto|"
    # nl
    r"ik bedoel|ik bedoelde|mijn vraag (?:is|was)|wat ik vraag|met andere woorden|nog een keer|"
    r"nogmaals|opnieuw|ik vroeg"
    r")"
)


_REPHRASE_TRIGGERS = frozenset(
    """
mean meant asking question other rephrase again put asked once said
decir refiero pregunta pregunto pregunté pregunte palabras vez nuevo preguntar
meine meinte frage worten nochmal noch mal einmal erneut gefragt wissen
dire voulais question demande demandé savoir autrement termes fois répète repete redemande
dizer quis pergunta perguntei pergunto saber palavras novamente repito
intendo intendevo domanda chiedo chiesto sapere parole nuovo volta ripeto
bedoel bedoelde vraag woorden keer nogmaals opnieuw vroeg
""".split()
)


def _content_swap(latest: str, old: set[str], new: set[str]) -> bool:
    """True when the latest message swaps one or two words of the previous one for others
    ("plan A" -> "plan B", "add a user" -> "remove a user"): the same shape, another question.
    Inflections of the same word ("réinitialiser" -> "réinitialise") are not a swap."""
    added = [w for w in new - old if not any(_same_stem(w, o) for o in old)]
    dropped = [w for w in old - new if not any(_same_stem(w, n) for n in new)]
    if not added or not dropped or len(added) > 2:
        return False
    original = {w: t for t in latest.split()[1:] for w in split_words(t)}
    return any(len(w) >= 4 or _slot_like(original.get(w, w)) for w in added)


def _same_stem(a: str, b: str) -> bool:
    return len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]


def _slot_like(token: str) -> bool:
    """A number, a short code (XL, EU) or a name in the middle of a sentence."""
    return any(ch.isdigit() for ch in token) or (len(token) <= 3 and token.isupper()) or token[:1].isupper()


@check(
    "user_rephrase",
    level="walk",
    owner=OWNER,
    review_by=REVIEW_BY,
    labels=("pass", "fail"),
    description="fail when the latest user message restates the previous one (the user had to ask again).",
)
def user_rephrase(exchange: Exchange) -> Result | None:
    """``fail`` when the latest user message restates the previous user message: near the same
    words (character-trigram similarity, any language), the previous message repeated inside a
    longer one, an explicit restatement marker ("I mean", "otra vez", "meine Frage war") with
    some overlap, or a second request for a human in a row; score: the similarity.
    A message that swaps one or two words of the previous one ("plan A" -> "plan B") is a new
    question: ``pass``.

    Nothing on the first turn, when the request does not end with a user message, or when
    either message has fewer than 10 letters or digits ("yes", "ok thanks").
    """
    if not _latest_is_user(exchange):
        return None
    texts = _two_latest_user_texts(exchange)
    if texts is None:
        return None
    previous, latest = texts
    old_words, old_grams, old_chars = _user_features(previous[:MAX_USER_CHARS])
    if old_chars < MIN_USER_CHARS:
        return None
    new_words, new_grams, new_chars = _user_features(latest[:MAX_USER_CHARS])
    if new_chars < MIN_USER_CHARS:
        return None
    if old_words == new_words:
        return Result(label="fail", score=1.0, explanation="the previous user message, repeated")
    shared = len(old_grams & new_grams)
    similarity = round(2.0 * shared / (len(old_grams) + len(new_grams)), 3)
    contained = shared / min(len(old_grams), len(new_grams))
    reason = None
    if similarity >= REPHRASE_SIMILARITY:
        reason = "restates the previous user message"
    elif contained >= REPHRASE_CONTAINED and min(len(old_grams), len(new_grams)) >= MIN_CONTAINED_GRAMS:
        reason = "repeats the previous user message"
    elif (
        similarity >= REPHRASE_MARKED_SIMILARITY
        and _gate(new_words, _REPHRASE_TRIGGERS)
        and _REPHRASE_MARKERS.search(" ".join(new_words))
    ):
        reason = "asks the previous question again"
    if reason is not None:
        if _content_swap(latest, set(old_words), set(new_words)):
            return Result(label="pass", score=similarity, explanation="the same question about something else")
        return Result(label="fail", score=similarity, explanation=reason)
    if _asks_for_human(new_words) and _asks_for_human(old_words):
        return Result(label="fail", score=similarity, explanation="asks for a human again")
    # Positional: a frozen dataclass takes keyword arguments at twice the cost (the common result).
    return Result("pass", similarity)


# --- user_frustration ------------------------------------------------------------------------

_PERSON_EN = r"(?:human|person|agent|representative|rep|operator|someone|somebody|manager|supervisor)"
# Asking for a human, in any wording: frustration, and a restatement when asked twice in a row.
_HUMAN_REQUEST = re.compile(
    _word_start_first(
        r"(?:"
        # en
        r"\b(?:talk|speak|chat) (?:to|with) (?:a |an )?(?:real |actual |live )?"
        + _PERSON_EN
        + r"|\b(?:real|actual|live) (?:human|person|agent)|\bhuman (?:being|agent|please)\b|\bagent please\b"
        r"|\b(?:get|give|transfer|connect|put) me (?:to |with |through to )?(?:a |an )?(?:real |live )?"
        + _PERSON_EN
        + r"|\bi (?:want|need) (?:a |an |to talk to a |to speak to a )?(?:real |live )?(?:human|person|agent|representative|manager|supervisor)\b"
        # es
        r"|\b(?:hablar|comunicarme|hablo) con (?:una persona|un humano|un agente|alguien|un operador|un asesor|un ser humano)"
        r"|\bquiero (?:una persona|un humano|un agente|un operador|un asesor)|\bpersona (?:real|de verdad)"
        r"|\b(?:p[aá]same|comun[ií]came|ponme) con|\bme pases? con (?:un|una|alguien)"
        # de
        r"|\b(?:mit )?(?:einem |einer )?(?:echten )?(?:menschen|mitarbeiter(?:in)?|berater(?:in)?|kundenberater(?:in)?|sachbearbeiter(?:in)?|person) (?:sprechen|reden|verbunden)"
        r"|\bechte(?:n|r|m)? (?:mensch|person)|\bverbinden sie mich"
        # fr
        r"|\b(?:parler|discuter) (?:à|a|avec) (?:un|une) (?:humain|personne|conseiller|conseill[èe]re|agent|op[ée]rat(?:eur|rice)|vraie personne|[êe]tre humain)"
        r"|\b(?:un|une) vrai(?:e)? (?:humain|personne)"
        # pt
        r"|\b(?:falar|conversar) com (?:um |uma )?(?:humano|pessoa|atendente|agente|operador|algu[ée]m de verdade|ser humano)"
        r"|\bpessoa (?:de verdade|real)|\batendente humano"
        # it
        r"|\bparlare con (?:un|una|un') ?(?:umano|persona|operatore|operatrice|agente|consulente|essere umano)|\bpersona (?:vera|reale)"
        # nl
        r"|\b(?:met )?een (?:echt(?:e)? )?(?:mens|persoon|medewerker) (?:spreken|praten)|\becht(?:e)? (?:mens|persoon)"
        r")"
    )
)
_FRUSTRATION = re.compile(
    _word_start_first(
        r"(?:"
        # en: not understood / not what I asked
        r"\bnot what i (?:asked|meant|wanted|said|need)|\byou(?:'re| are)? (?:not|n't) (?:listening|understanding|reading|getting it)"
        r"|\byou (?:don't|do not|didn't|did not) (?:understand|get it|listen|read)|\bare you (?:even )?(?:listening|reading)"
        r"|\bread my (?:question|message)|\banswer my (?:question|actual question)|\bthat(?:'s| is| was) not (?:my question|what i)"
        # en: repeats
        r"|\byou (?:already|just) (?:said|told me|wrote|gave me|sent)|\byou keep (?:saying|repeating|giving|telling|sending|asking)"
        r"|\bsame (?:answer|thing|reply|response|message) (?:again|over)|\brepeating yourself|\bstop repeating"
        r"|\bi (?:already |just )?(?:told|said|asked|explained)(?: (?:you|this|that|it))? (?:already|twice|before|three times)"
        r"|\bi(?:'ve| have) already (?:told|said|asked|explained)|\bfor the (?:second|third|fourth|fifth|last|\d+(?:nd|rd|th)) time|\bhow many times"
        # en: useless
        r"|\b(?:this|that|you|it)(?:'re| are|'s| is| was)? (?:so |completely |totally |absolutely |really )?(?:useless|pointless|worthless|unhelpful|a joke|ridiculous|stupid|dumb)"
        r"|\b(?:useless|stupid|dumb|worthless) (?:bot|answer|assistant|chatbot|machine|ai)\b|\bnot helpful at all|\bno help at all"
        r"|\b(?:that|it|this|you)(?: still)? (?:doesn't|does not|didn't|did not|isn't|is not|aren't|are not|wasn't) (?:help|helping|helpful|answer)"
        r"|\bwaste of (?:my )?time|\bnot helping\b"
        # es
        r"|\bno (?:me )?(?:est[aá]s?|est[aá]n) entendiendo|\bno (?:me )?entiende(?:s|n)?\b|\bno es lo que (?:te )?(?:pregunt[eé]|ped[ií]|dije|quer[ií]a|necesito)"
        r"|\bya me (?:lo )?(?:dijiste|has dicho|dijo)|\bya (?:lo )?dijiste|\b(?:me )?repites lo mismo|\bsiempre (?:lo mismo|la misma respuesta)|\bla misma respuesta"
        r"|\bno (?:me )?sirve(?:s)? (?:de|para) nada|\b(?:eres|es|esto es) (?:un )?in[uú]til|\bno (?:me )?(?:est[aá]s? )?(?:ayuda|ayudas|ayudando|ayudaste|ha ayudado|has ayudado)\b"
        r"|\bp[eé]rdida de tiempo"
        r"|\bya te (?:lo )?(?:dije|ped[ií]|pregunt[eé])|\bpor (?:segunda|tercera|cuarta|en[eé]sima) vez|\bcu[aá]ntas veces|\blee mi pregunta|\bno me escuchas"
        # de
        r"|\bnicht (?:das|was),? (?:was )?ich (?:gefragt|gemeint|wollte|wissen wollte)|\bdas habe ich nicht gefragt|\bdanach habe ich nicht gefragt"
        r"|\b(?:sie|du) (?:verstehen|verstehst) (?:mich )?nicht|\bdas (?:haben sie|hast du) (?:mir )?(?:schon|bereits) (?:gesagt|geschrieben)"
        r"|\b(?:sie|du) wiederhol(?:en|st) (?:sich|dich)|\bimmer (?:wieder )?(?:das gleiche|dasselbe|die gleiche antwort|dieselbe antwort)"
        r"|\bnutzlos|\bunbrauchbar|\bzeitverschwendung|\b(?:bringt|hilft) (?:mir )?(?:nichts|nicht weiter|überhaupt nicht|gar nicht)"
        r"|\bich (?:habe|hab) (?:es |das )?(?:ihnen|dir) (?:doch )?(?:schon|bereits) (?:gesagt|geschrieben)"
        r"|\bzum (?:zweiten|dritten|vierten|x-ten) mal|\bwie oft (?:noch|denn)|\blesen sie (?:meine|die) frage"
        # fr
        r"|\bce n'est pas (?:ce|du tout ce) que (?:je |j')(?:vous |te |t')?(?:ai )?(?:demand|voul|di|cherch)|\b(?:vous ne|tu ne) (?:me )?compren(?:ez|ds) pas"
        r"|\b(?:vous (?:l'avez|avez)|tu (?:l'as|as)) d[ée]j[àa] dit|\b(?:vous vous|tu te) r[ée]p[ée]t|\btoujours la m[êe]me (?:r[ée]ponse|chose)"
        r"|\b(?:c'est|vous [êe]tes|tu es) (?:compl[èe]tement |totalement |vraiment )?(?:inutile|nul)|\bne (?:m'aide|m'aidez|sert) (?:pas|à rien|en rien)"
        r"|\bperte de temps"
        r"|\bje (?:vous|te) l'ai d[ée]j[àa] dit|\bpour la (?:deuxi[èe]me|troisi[èe]me|ni[èe]me|quatri[èe]me) fois|\bcombien de fois"
        # pt
        r"|\bn[ãa]o (?:[ée]|foi) (?:isso )?o que eu (?:perguntei|pedi|quis dizer|disse)|\bn[ãa]o (?:me )?(?:est[áa]s? )?(?:me )?(?:entende|entendendo)"
        r"|\b(?:voc[êe] )?j[áa] (?:me )?(?:disse|falou|respondeu) isso|\b(?:sempre|de novo) a mesma (?:coisa|resposta)|\bvoc[êe] (?:est[áa] )?(?:repete|repetindo)"
        r"|\bn[ãa]o serve (?:para|pra) nada|\bin[úu]til|\bn[ãa]o (?:me )?(?:ajuda|ajudou|est[áa] ajudando)\b|\bperda de tempo"
        r"|\beu j[áa] (?:te |lhe )?(?:disse|falei|expliquei)|\bpela (?:segunda|terceira|quarta|en[ée]sima) vez|\bquantas vezes"
        # it
        r"|\bnon (?:[èe]|e') (?:quello|ci[òo]) che (?:ho chiesto|ti ho chiesto|intendevo|volevo)|\bnon (?:mi )?(?:capisci|capisce|stai capendo|sta capendo)"
        r"|\b(?:me )?l'ha(?:i)? gi[àa] detto|\bti stai ripetendo|\bripeti sempre|\bsempre la stessa (?:risposta|cosa)"
        r"|\b(?:sei|[èe]) (?:completamente |proprio )?inutile|\bnon (?:mi )?(?:serve|servi|aiuta|sei d'aiuto|hai aiutato) (?:a niente|a nulla)|\bnon mi (?:aiuta|aiuti|hai aiutato)"
        r"|\bperdita di tempo"
        r"|\bte l'ho gi[àa] detto|\bper la (?:seconda|terza|quarta|ennesima) volta|\bquante volte"
        # nl
        r"|\bdat is niet wat ik (?:vroeg|bedoel|bedoelde|wilde|vraag)|\b(?:je|u|jij) begrijpt (?:me |mij )?niet|\b(?:je|jij|u) snapt (?:het |me |mij )?niet"
        r"|\bdat (?:heb je|hebt u|zei je|zei u) (?:al|net) (?:gezegd)?|\bje herhaalt (?:jezelf)?|\bsteeds (?:weer )?hetzelfde"
        r"|\bnutteloos|\bwaardeloos|\b(?:helpt|hielp) (?:me |mij )?(?:niet|helemaal niet|niks|niets)|\btijdverspilling"
        r"|\bik (?:heb|had) (?:het )?(?:je|u|jou) (?:al|toch al) (?:gezegd|verteld)|\bvoor de (?:tweede|derde|vierde|zoveelste) keer|\bhoe vaak (?:nog|moet)"
        r")"
    )
)
_FRUSTRATION_INDEX = _PhraseIndex(_FRUSTRATION)
_HUMAN_REQUEST_INDEX = _PhraseIndex(_HUMAN_REQUEST)
_SHOUT_MIN_LETTERS = 12
_ASCII_LOWER = b"abcdefghijklmnopqrstuvwxyz"

_HUMAN_TRIGGERS = frozenset(
    """
human person agent representative rep operator someone somebody manager supervisor
persona humano agente alguien operador asesor pásame pasame comunícame comunicame ponme pases pase
menschen mensch mitarbeiter mitarbeiterin berater beraterin kundenberater kundenberaterin
sachbearbeiter sachbearbeiterin verbinden
humain personne conseiller conseillère conseillere opérateur operateur opératrice operatrice
pessoa atendente alguém alguem umano operatore consulente persoon medewerker mens
""".split()
)
_FRUSTRATION_TRIGGERS = frozenset(
    """
what listening understanding reading getting understand get listen read answer question already just
keep same repeating twice before three time times useless pointless worthless unhelpful joke
ridiculous stupid dumb helpful help helping waste
entendiendo entiende entiendes entienden pregunté pregunte pedí pedi dije quería queria necesito
dijiste dicho dijo repites siempre misma sirve sirves inútil inutil ayuda ayudas ayudando ayudaste
ayudado tiempo vez veces lee escuchas
gefragt gemeint wollte verstehen verstehst gesagt geschrieben wiederholen wiederholst gleiche
dasselbe dieselbe nutzlos nutzlose nutzloser nutzlosen nutzloses unbrauchbar unbrauchbare
zeitverschwendung bringt hilft mal oft lesen
pas comprenez comprends déjà deja répétez repetez répètes toujours inutile nul nulle aide aidez
sert perte fois
perguntei quis disse entende entendendo isso mesma repete repetindo serve ajudou perda falei
expliquei vezes
chiesto intendevo volevo capisci capisce capendo detto ripetendo ripeti stessa niente nulla aiuta
aiuti aiutato perdita volte volta
wat begrijpt snapt al net herhaalt hetzelfde nutteloos waardeloos tijdverspilling helpt hielp
verteld keer vaak
""".split()
)


# Either family's words: one set test for the message that has neither (most).
_UNHAPPY_TRIGGERS = _FRUSTRATION_TRIGGERS | _HUMAN_TRIGGERS


def _asks_for_human(words: Sequence[str]) -> bool:
    return _gate(words, _HUMAN_TRIGGERS) and _HUMAN_REQUEST.search(" ".join(words)) is not None


def _shouting(text: str) -> bool:
    # ASCII lower-case letters are letters and not upper case: when more than a fifth of the
    # characters are such, fewer than 80% of the letters can be upper case. Counted on the
    # UTF-8 bytes (where an ASCII byte is only ever its own character), far below a per-
    # character loop; most texts stop here.
    encoded = text.encode("utf-8", "surrogatepass")
    if 5 * (len(encoded) - len(encoded.translate(None, _ASCII_LOWER))) > len(text):
        return False
    letters = letter_count(text)
    if letters < _SHOUT_MIN_LETTERS:
        return False
    # Upper-case characters of any kind bound the upper-case letters: most texts stop here.
    if sum(map(str.isupper, text)) < 0.8 * letters:
        return False
    return sum(1 for ch in text if ch.isalpha() and ch.isupper()) >= 0.8 * letters


@check(
    "user_frustration",
    level="walk",
    owner=OWNER,
    review_by=REVIEW_BY,
    labels=("pass", "fail"),
    description="fail when the latest user message shows frustration with the assistant or asks for a human.",
)
def user_frustration(exchange: Exchange) -> Result | None:
    """``fail`` when the latest user message shows frustration with the assistant: not
    understood ("that's not what I asked", "¡no me estás entendiendo!"), told twice ("you
    already said that"), useless ("this is useless"), asking for a human, or shouting in
    capitals; en, es, de, fr, pt, it, nl.

    Nothing on the first turn (no assistant to be frustrated with yet) and when the request
    does not end with a user message.
    """
    if not _latest_is_user(exchange) or not _has_second_user_message(exchange):
        return None
    content = exchange.messages[-1].content
    text = content[:MAX_CHARS]
    said = words(content)
    if _gate(said, _UNHAPPY_TRIGGERS):
        low = text.lower().replace("’", "'")
        # Explanations name what was found, never the user's words (they leave the process).
        separated = _separated(text)
        if _FRUSTRATION_INDEX.search(low, said, separated):
            return Result(label="fail", explanation="a frustration phrase")
        if _HUMAN_REQUEST_INDEX.search(low, said, separated):
            return Result(label="fail", explanation="asks for a human")
    if _shouting(text):
        return Result(label="fail", explanation="written in capitals")
    return PASS


# --- assistant_repeat ------------------------------------------------------------------------

# Every request carries the earlier turns again: their features are computed once per text.
# Bounded, and pure (the same text always gives the same features).
_SEEN_TEXTS = 512


def _bigrams(words: Sequence[str]) -> set[tuple[str, str]]:
    return set(pairwise(words))


@lru_cache(maxsize=_SEEN_TEXTS)
def _reply_features(text: str) -> tuple[int, frozenset[str], frozenset[tuple[str, str]]]:
    said = words(text)
    return len(said), frozenset(said), frozenset(pairwise(said))


@check(
    "assistant_repeat",
    level="walk",
    owner=OWNER,
    review_by=REVIEW_BY,
    labels=("pass", "fail"),
    description="fail when the reply repeats an earlier assistant turn nearly verbatim.",
)
def assistant_repeat(exchange: Exchange) -> Result | None:
    """``fail`` when the reply repeats an earlier assistant turn of the same conversation
    nearly verbatim (word-bigram similarity >= 0.70); score: the highest similarity.

    Nothing when there is no earlier assistant turn with text, or when the reply has no text
    or fewer than 5 words (short acknowledgements repeat legitimately).
    """
    output = exchange.output_text
    earlier = [m.content for m in exchange.messages if m.role == "assistant" and m.content]
    if not earlier or not output:
        return None
    # The reply's words are shared with handoff and repetition, which read them anyway.
    reply = words(output)
    if len(reply) < MIN_REPLY_WORDS:
        return None
    reply_words: frozenset[str] | None = None
    reply_bigrams: set[tuple[str, str]] | None = None
    best = 0.0
    chars = len(output)
    for text in earlier:
        # Texts of very different lengths cannot be near-verbatim copies: skip them unread.
        if min(chars, len(text)) < _LENGTH_RATIO * max(chars, len(text)):
            continue
        count, seen, bigrams = _reply_features(text)
        if reply_words is None:
            reply_words = frozenset(reply)
        if not count or _dice(reply_words, seen) < _WORD_PREFILTER:
            continue  # too few shared words for the word pairs to be shared
        if reply_bigrams is None:
            reply_bigrams = _bigrams(reply)
        best = max(best, _dice(reply_bigrams, bigrams))
    best = round(best, 3)
    if best >= REPEAT_SIMILARITY:
        return Result(label="fail", score=best, explanation="repeats an earlier assistant turn")
    return Result(label="pass", score=best) if best else NOT_REPEATED


# --- handoff ---------------------------------------------------------------------------------

_HUMAN_NOUN = (
    r"(?:human|person|agent|colleague|representative|specialist|team member|member of (?:our|the|my) \w+ ?team"
    r"|(?:support|service|customer service|billing|sales) team|operator|advisor|adviser|supervisor|manager|expert"
    r"|agente|asesora?|operadora?|compa[ñn]er[oa]|persona|humano|especialista|equipo|ejecutivo"
    r"|mitarbeiter(?:in)?|kolleg(?:e|en|in)|berater(?:in)?|menschen|kundenservice|support-team|team"
    r"|conseill[eè]re?|coll[èe]gue|op[ée]rat(?:eur|rice)|humain|membre"
    r"|atendente|colega|operador|pessoa|humano"
    r"|operat(?:ore|rice)|collega|consulente|umano"
    r"|medewerker|collega|mens|specialist)"
)
_HANDOFF = re.compile(
    _word_start_first(
        r"(?:"
        # en
        r"\b(?:i(?:'m| am| will|'ll| have|'ve)|let me|we(?:'re| are| will|'ll))(?: now| just)? (?:transfer(?:ring|red)?|connect(?:ing|ed)?|escalat(?:e|ing|ed)|hand(?:ing|ed)?|pass(?:ing|ed)?|forward(?:ing|ed)?|put(?:ting)?|rout(?:e|ing|ed))"
        r" (?:you|your (?:request|case|conversation|chat|ticket|issue)|this(?: conversation| chat| case)?)(?: over| through| now)? (?:to|with) (?:a |an |one of (?:our|my) |our |the )?(?:human |live |real |senior )?(?:\w+ )?"
        + _HUMAN_NOUN
        + "s?"
        r"|\b(?:a|an|one of (?:our|my)) (?:human |live |real )?(?:agent|colleague|representative|specialist|team member|advisor|colleagues|agents|representatives) will (?:be with you|join|take over|contact you|pick (?:this|it) up|get back to you|reach out)"
        r"|\byou(?:'re| are| will be|'ll be) (?:now )?being (?:transferred|connected)|\byou(?:'ll| will) be (?:transferred|connected) (?:to|with)|\b(?:transferring|connecting) you (?:now )?to"
        # es
        r"|\b(?:te|le|lo|la|los) (?:voy a |estoy |vamos a )?(?:transfier[oe]|transferir|transfiriendo|paso|pasar|pasando|comunico|comunicar|comunicando|conecto|conectar|conectando|derivo|derivar|derivando)"
        r" (?:ahora )?(?:con|a) (?:un|una|uno de nuestros|una de nuestras|nuestro|nuestra|el|la) (?:\w+ )?"
        + _HUMAN_NOUN
        + r"|\bun (?:agente|asesor|compa[ñn]ero|operador|especialista)(?: humano)? (?:se pondr[áa]|te atender[áa]|le atender[áa]|continuar[áa]|tomar[áa]|te contactar[áa]|le contactar[áa])"
        r"|\b(?:estoy|voy a) (?:transferir|derivar|escalar|transfiriendo|derivando|escalando) (?:tu|su) (?:caso|consulta|conversaci[óo]n|solicitud)"
        # de
        r"|\bich (?:verbinde|leite|übergebe|gebe|stelle) (?:sie|dich|ihre anfrage|ihr anliegen|das gespräch|ihren fall)(?: jetzt| nun| gleich| direkt)? (?:mit|an|weiter an|durch zu|zu) (?:einem|einer|einen|unseren|unserem|unsere|unserer|einem menschlichen|den|dem|der) (?:\w+ )?"
        + _HUMAN_NOUN
        + r"|\bein(?:e)? (?:mitarbeiter(?:in)?|kolleg(?:e|in)|berater(?:in)?)(?: aus \w+ \w+)? (?:wird sich|übernimmt|meldet sich)"
        r"|\bsie werden (?:jetzt |gleich |nun )?(?:mit|an) (?:einem|einer|einen|unseren|unserem|unsere) (?:\w+ )?"
        + _HUMAN_NOUN
        + r" (?:verbunden|weitergeleitet)"
        # fr
        r"|\bje (?:vous|te) (?:transf[èe]re|mets en relation|passe|redirige|connecte|oriente)(?: maintenant)? (?:avec|à|a|vers) (?:un|une|l'un de nos|l'une de nos|notre) (?:\w+ )?"
        + _HUMAN_NOUN
        + r"|\b(?:un|une) (?:conseill[eè]re?|agent|coll[èe]gue|op[ée]rat(?:eur|rice))(?: humain)? (?:va (?:prendre le relais|vous r[ée]pondre|reprendre|vous contacter)|prendra le relais|vous r[ée]pondra|vous contactera)"
        r"|\b(?:vous allez [êe]tre|vous [êe]tes) (?:transf[ée]r[ée]e?|mise? en relation)|\bje transf[èe]re (?:votre|ta) (?:demande|conversation|dossier)"
        # pt
        r"|\b(?:vou|estou|irei) (?:te |lhe |o |a |voc[êe] )?(?:transferir|transferindo|encaminhar|encaminhando|passar|passando|conectar|conectando)(?: voc[êe]| o senhor| a senhora| seu atendimento| sua solicita[çc][ãa]o| sua conversa)? (?:para|com|a) (?:um|uma|o|a|nossa|nosso) (?:\w+ )?"
        + _HUMAN_NOUN
        + r"|\bum (?:atendente|agente|colega|especialista)(?: humano)? (?:vai|ir[áa]) (?:continuar|assumir|te atender|atend[êe]-lo|atend[êe]-la|falar com voc[êe]|entrar em contato)"
        r"|\bvoc[êe] (?:ser[áa]|est[áa] sendo) (?:transferid[oa]|encaminhad[oa])"
        # it
        r"|\b(?:ti|la|vi|le) (?:sto )?(?:trasferisco|trasferendo|metto in contatto|passo|sto passando|inoltro|inoltrando) (?:ora )?(?:con|a|al|alla) (?:un|una|un'|uno dei nostri|il nostro|la nostra)? ?(?:\w+ )?"
        + _HUMAN_NOUN
        + r"|\bun (?:operatore|collega|consulente|agente)(?: umano)? (?:ti|la|le|vi) (?:risponder[àa]|contatter[àa]|prender[àa] in carico|assister[àa])"
        r"|\b(?:verrai|sarai|verr[àa]|sar[àa]) (?:trasferit[oa]|mess[oa] in contatto)"
        # nl
        r"|\bik (?:verbind|zet|stuur|draag|geef) (?:je|u|jou|uw vraag|je vraag|het gesprek)(?: nu| direct)? (?:door |over )?(?:met|naar|aan) (?:een|onze|één van onze|de) (?:\w+ )?"
        + _HUMAN_NOUN
        + r"|\been (?:medewerker|collega)(?: van \w+)? (?:neemt|zal|gaat) (?:het gesprek |je vraag |uw vraag |het |je |u )?(?:nu |zo |direct )?(?:over|contact|verder helpen|helpen)"
        r"|\b(?:je|u) (?:wordt|word) (?:nu |zo )?doorverbonden"
        r")"
    )
)
# An offer or a condition is not a handoff yet: "Would you like me to transfer you?"
_CONDITIONAL = re.compile(
    r"\b(?:if you(?:'d)? (?:like|want|prefer|wish)|would you like|do you want|shall i|should i|can i|"
    r"si (?:lo )?(?:desea|deseas|quieres|prefiere|prefieres|vous (?:le )?(?:souhaitez|voulez)|tu veux)|"
    r"(?:¿)?(?:quieres|desea|deseas) que|wenn sie (?:möchten|wollen|wünschen)|möchten sie|soll ich|"
    r"souhaitez-vous|voulez-vous|se (?:quiser|preferir|desejar)|quer que|gostaria que|"
    r"se (?:vuoi|preferisce|desidera|preferisci)|vuoi che|desidera che|als (?:je|u) (?:wilt|wil)|wil je dat|wilt u dat)\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_HANDOFF_TRIGGERS = frozenset(
    """
transfer transferring transferred connect connecting connected escalate escalating escalated hand
handing handed pass passing passed forward forwarding forwarded put putting route routing routed
agent colleague representative specialist member advisor colleagues agents representatives
transfiero transfiere transferir transfiriendo paso pasar pasando comunico comunicar comunicando
conecto conectar conectando derivo derivar derivando escalar escalando agente asesor compañero
companero operador especialista
verbinde leite übergebe gebe stelle mitarbeiter mitarbeiterin kollege kollegin berater beraterin
verbunden weitergeleitet
transfère transfere mets passe redirige connecte oriente conseiller conseillère conseillere
collègue collegue opérateur operateur opératrice operatrice transféré transférée transferee mis mise
transferir transferindo encaminhar encaminhando passar passando conectar conectando atendente
colega transferido transferida encaminhado encaminhada
trasferisco trasferendo metto passo inoltro inoltrando operatore collega consulente trasferito
trasferita messo messa
verbind zet stuur draag geef medewerker doorverbonden
""".split()
)


def _handoff_sentence(text: str) -> str | None:
    if not _gate(words(text), _HANDOFF_TRIGGERS):
        return None
    low = text[:MAX_CHARS].lower().replace("’", "'")
    for found in _HANDOFF.finditer(low):
        start = (
            max(
                low.rfind(".", 0, found.start()),
                low.rfind("!", 0, found.start()),
                low.rfind("?", 0, found.start()),
                low.rfind("\n", 0, found.start()),
            )
            + 1
        )
        end_match = _SENTENCE_END.search(low, found.end())
        end = end_match.start() if end_match else len(low)
        sentence = low[start : end + 1]
        if sentence.endswith("?") or _CONDITIONAL.search(sentence):
            continue
        return found.group(0)
    return None


@check(
    "handoff",
    level="walk",
    owner=OWNER,
    review_by=REVIEW_BY,
    labels=("handoff", "none"),
    description="handoff when the reply hands the user to a human, else none.",
)
def handoff(exchange: Exchange) -> Result | None:
    """``handoff`` when the reply hands the user to a human: a tool call named in
    ``OTEL_MICROMETRICS_HANDOFF_TOOLS`` (default ``transfer_to_human,escalate,handoff_to_human``)
    or a sentence that says the transfer is happening ("I'm transferring you to a colleague",
    "te paso con un agente", "ich verbinde Sie mit einem Mitarbeiter"; en, es, de, fr, pt, it,
    nl); else ``none``. An offer ("Would you like me to transfer you?", "if you prefer, ...")
    or a referral ("call us at ...") is ``none``.

    Nothing when the reply has neither text nor tool calls.
    """
    if not exchange.output_text and not exchange.tool_calls:
        return None
    tools = exchange.handoff_tools if exchange.handoff_tools is not None else DEFAULT_HANDOFF_TOOLS
    for call in exchange.tool_calls:
        if call.name in tools:
            return Result(label="handoff", explanation=f"tool call {call.name}")
    if exchange.output_text:
        if _handoff_sentence(exchange.output_text) is not None:
            # never the sentence itself: a reply's words leave the process only when captured
            return Result(label="handoff", explanation="handoff sentence in the reply")
    return NO_HANDOFF
