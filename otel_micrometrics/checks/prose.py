"""Turning a reply into the natural-language prose that language checks should read."""

from __future__ import annotations

import re

_FENCED_CODE = re.compile(r"```.*?(?:```|\Z)|~~~.*?(?:~~~|\Z)", re.S)
_INLINE_CODE = re.compile(r"`[^`\n]*`")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.I)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_HTML_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
# Markdown: a line's heading, list or quote mark, and runs of emphasis, strike-through and
# table characters. Read as two steps (``_line_marks_removed``, then the runs; see ``prose``).
_MD_MARKUP = re.compile(r"^[ \t]*(?:#{1,6}|[-*+>]|\d+[.)])[ \t]+|[*_~|]{1,3}", re.M)
_LINE_MARK = r"[ \t]*(?:#{1,6}|[-*+>]|\d+[.)])[ \t]+"
_FIRST_LINE_MARK = re.compile(_LINE_MARK)
# After a line break: the engine finds the break at memchr speed, where a "^" of re.M is
# tested at every character.
_NEXT_LINE_MARK = re.compile("\n" + _LINE_MARK)
_ASCII_LETTER = re.compile(r"[A-Za-z]")
# An unfenced line that reads as code or a log line rather than prose. A line ending in ";"
# after a Greek letter is a Greek question (Greek writes its question mark as ";").
_CODE_LINE = re.compile(
    r"^\s*(?:Traceback \(|File \"|at [\w.$]+\(|(?:ERROR|WARN(?:ING)?|INFO|DEBUG|FATAL|TRACE)\b|\$ |>>> |"
    r"\d{4}-\d{2}-\d{2}[ T]\d|(?:def|class|import|from \S+ import|return|const|let|var|function|public|"
    r"private|#include|SELECT|INSERT|UPDATE|DELETE)\b)|[{}]\s*$|(?<![\u0370-\u03ff\u1f00-\u1fff]);\s*$",
)
# ``_CODE_LINE`` in parts: its line starts (matched at a line's start, or found after a line
# break in the whole text), and its line ends, read from the end of the line
# (``_code_line``). The whole pattern is tried at every character of a line: ~17 µs for a
# 500-character paragraph.
_CODE_START = (
    r"\s*(?:Traceback \(|File \"|at [\w.$]+\(|(?:ERROR|WARN(?:ING)?|INFO|DEBUG|FATAL|TRACE)\b|\$ |>>> |"
    r"\d{4}-\d{2}-\d{2}[ T]\d|(?:def|class|import|from \S+ import|return|const|let|var|function|public|"
    r"private|#include|SELECT|INSERT|UPDATE|DELETE)\b)"
)
_CODE_LINE_START = re.compile(_CODE_START)
_CODE_AFTER_BREAK = re.compile("\n" + _CODE_START)


def _code_line(line: str) -> bool:
    """``_CODE_LINE.search(line)`` for a line (no line break in it)."""
    if _CODE_LINE_START.match(line):
        return True
    end = line.rstrip()[-2:]  # (rstrip strips what "\\s*$" reads: str.isspace's characters)
    last = end[-1:]
    if last == "{" or last == "}":
        return True
    return last == ";" and not (len(end) == 2 and ("\u0370" <= end[0] <= "\u03ff" or "\u1f00" <= end[0] <= "\u1fff"))


def _line_marks_removed(text: str) -> str:
    """``text`` without the headings', list items' and quotes' marks at its lines' starts."""
    first = _FIRST_LINE_MARK.match(text)
    if first is not None:
        text = " " + text[first.end() :]
    return _NEXT_LINE_MARK.sub("\n ", text) if "\n" in text else text


def prose(text: str) -> str:
    """The reply without code blocks, inline code, URLs, e-mail addresses and markup."""
    if not text:
        return ""
    # A one-character test is a memchr; a longer one costs several times more, so each
    # substring test comes after the test for one of its characters.
    if ("`" in text and "```" in text) or ("~" in text and "~~~" in text):
        text = _FENCED_CODE.sub(" ", text)
    if "`" in text:
        text = _INLINE_CODE.sub(" ", text)
    if "]" in text and "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    if ("/" in text and "://" in text) or ("." in text and "www." in text):
        text = _URL.sub(" ", text)
    if "@" in text:
        text = _EMAIL.sub(" ", text)
    if "<" in text:
        text = _HTML_TAG.sub(" ", text)
    if "\n" in text and (
        "{" in text
        or "}" in text
        or ";" in text
        or _CODE_LINE_START.match(text) is not None
        or _CODE_AFTER_BREAK.search(text) is not None
    ):  # (a line of code has one of these; lines are split only then)
        text = "\n".join(line for line in text.split("\n") if not _code_line(line))
    if (
        "\n" in text
        or "*" in text
        or "_" in text
        or "~" in text
        or "|" in text
        or "#" in text
        or ">" in text
        or text[:1] in "-+"
    ):
        # ``_MD_MARKUP.sub(" ", text)``, as two steps: the marks at lines' starts, then every
        # emphasis, strike-through or table character. A run of them becomes as many spaces
        # as it has characters instead of one space for each three: the spaces are collapsed
        # below, so the prose is the same.
        text = _line_marks_removed(text)
        for mark in "*_~|":
            if mark in text:
                text = text.replace(mark, " ")
    if "\n" not in text and _single_spaced(text):  # (a line break is never single spacing)
        return text
    return " ".join(text.split())


def _single_spaced(text: str) -> bool:
    """True when ``" ".join(text.split())`` would return the text unchanged: every other
    whitespace character is unprintable, so a printable text has only single spaces."""
    if "  " in text or text[:1] == " " or text[-1:] == " ":
        return False
    if len(text) > 200:  # below this, the bytes cost more than they save
        encoded = text.encode("latin-1", "ignore")
        if len(encoded) == len(text):  # Latin-1: its unprintable characters deleted, on the bytes
            return len(encoded.translate(None, _LATIN1_UNPRINTABLE)) == len(encoded)
    return text.isprintable()


_LATIN1_UNPRINTABLE = bytes(code for code in range(256) if not chr(code).isprintable())


# The Latin-1 characters that are letters, as bytes: a text written in Latin-1's range (English,
# German, Spanish, French, ...) has its letters counted on its bytes, without a per-character call.
_LATIN1_LETTERS = bytes(code for code in range(256) if chr(code).isalpha())


def letter_count(text: str) -> int:
    """Number of letters (any script) in ``text``."""
    letters = latin1_letter_count(text)
    return sum(map(str.isalpha, text)) if letters is None else letters


def latin1_letter_count(text: str) -> int | None:
    """``letter_count(text)`` when every character of ``text`` is in Latin-1 (counted on its
    bytes), ``None`` when one is not: the text may then be in any script."""
    encoded = text.encode("latin-1", "ignore")
    if len(encoded) == len(text):  # every character is in Latin-1, one byte each
        return len(encoded) - len(encoded.translate(None, _LATIN1_LETTERS))
    return None


def word_count(text: str) -> int:
    """Number of space-separated words in ``text`` that contain a letter."""
    return sum(1 for word in text.split() if not word.isascii() or _ASCII_LETTER.search(word))


def has_words(text: str, least: int) -> bool:
    """``word_count(text) >= least``, reading only as many words as that takes."""
    if least <= 0:
        return True
    # Most texts' first words have letters: split off only those (a word of letters alone
    # needs no search), the rest of the text only when one has none.
    words = text.split(None, least)
    if len(words) >= least and all(word.isalpha() or not word.isascii() for word in words[:least]):
        return True
    for word in words if len(words) <= least else text.split():
        if not word.isascii() or _ASCII_LETTER.search(word):
            least -= 1
            if not least:
                return True
    return False
