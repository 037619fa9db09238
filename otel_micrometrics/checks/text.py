"""Forms of a text that several checks derive from the same reply or user message.

Every walk-level check reads the reply, and several read the latest user message: the
lower-cased text and its words are computed once per text and kept in a small bounded cache
keyed by the text itself, so the checks stay pure functions (the same text always gives the
same forms) and no check pays for a form another check already made.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Words are read from the first this many characters.
WORDS_MAX_CHARS = 4000
# Texts whose forms are remembered: the reply and the latest user message of the calls in
# flight, plus the earlier turns that come back in every request of a conversation.
CACHE_SIZE = 128

# Punctuation that separates words. str.translate is fastest on ASCII text, but on text with
# other letters it looks every character up in a dict: there one regex substitution costs a
# fraction of it.
_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~¿¡«»“”‘’„…–—·•"
_TO_SPACE = str.maketrans({ch: " " for ch in _PUNCTUATION})
_NOT_WORD = re.compile("[" + re.escape(_PUNCTUATION) + "]")


def split_words(text: str) -> list[str]:
    """Lower-cased words of a text, punctuation and apostrophes dropped (not cached)."""
    return _split_lowered(text[:WORDS_MAX_CHARS].lower())


def _split_lowered(lowered: str) -> list[str]:
    if lowered.isascii():
        return lowered.translate(_TO_SPACE).split()
    return _NOT_WORD.sub(" ", lowered).split()


@lru_cache(maxsize=CACHE_SIZE)
def words(text: str) -> tuple[str, ...]:
    """``split_words(text)``, computed once per text."""
    if len(text) <= WORDS_MAX_CHARS:
        return tuple(_split_lowered(lower(text)))
    return tuple(split_words(text))


@lru_cache(maxsize=CACHE_SIZE)
def lower(text: str) -> str:
    """``text.lower()``, computed once per text (meant for texts of at most WORDS_MAX_CHARS)."""
    return text.lower()


def clear_cache() -> None:
    """Forget the derived forms (benchmarks measure the uncached cost)."""
    words.cache_clear()
    lower.cache_clear()
