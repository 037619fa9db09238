"""Forms of a text that several checks derive from the same reply or user message.

Several walk-level checks read the words of the reply or of the latest user message: they are
computed once per text and kept in a small bounded cache keyed by the text itself, so the
checks stay pure functions (the same text always gives the same words) and no check pays for
words another check already made.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Words are read from the first this many characters.
WORDS_MAX_CHARS = 4000
# Texts whose words are remembered: the texts of the calls in flight (the reply, the latest user
# messages, earlier turns a call reads for the first time). Kept small on purpose: with unique
# texts every call evicts entries, and freeing an entry still warm in the CPU cache is cheaper
# than freeing one made hundreds of calls ago. Earlier turns' derived features have their own
# caches in the checks that use them.
CACHE_SIZE = 16

# Punctuation that separates words.
PUNCTUATION = _PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~¿¡«»“”‘’„…–—·•"
_NOT_WORD = re.compile("[" + re.escape(_PUNCTUATION) + "]")


def split_words(text: str) -> list[str]:
    """Lower-cased words of a text's first ``WORDS_MAX_CHARS`` characters, punctuation and
    apostrophes dropped (not cached)."""
    return split_all_words(text[:WORDS_MAX_CHARS])


# Latin-1 text (English, German, Spanish, French, ...) is lower-cased and rid of punctuation in
# one byte translation: every Latin-1 character lower-cases to one Latin-1 character.
_LATIN1_WORD_TABLE = bytes(ord(" ") if chr(code) in _PUNCTUATION else ord(chr(code).lower()) for code in range(256))


def split_all_words(text: str) -> list[str]:
    """Lower-cased words of the whole text, punctuation and apostrophes dropped (not cached)."""
    try:
        encoded = text.encode("latin-1")
    except UnicodeEncodeError:
        return _NOT_WORD.sub(" ", text.lower()).split()
    return encoded.translate(_LATIN1_WORD_TABLE).decode("latin-1").split()


@lru_cache(maxsize=CACHE_SIZE)
def words(text: str) -> tuple[str, ...]:
    """``split_words(text)``, computed once per text."""
    return tuple(split_words(text))


def clear_cache() -> None:
    """Forget the derived forms (benchmarks measure the uncached cost)."""
    words.cache_clear()
