"""Refusal phrases per language: the one place to extend the ``refusal`` check.

Each language (ISO 639-1 code) has three lists, one phrase per line:

- ``decline``: the reply declines the asked task, on principle or softly ("I can't help with
  that", "I'd rather not", "Das mache ich nicht", "Je préfère ne pas");
- ``unable``: the reply says it cannot do the task for lack of access or ability ("I don't
  have access to your calendar", "no tengo acceso");
- ``offer``: after a decline, the reply offers something else instead ("instead", "but I can
  help you ...", "you can contact ..."): the difference between ``fail`` and ``partial``.
- ``ignore``: look-alikes that start where a declining phrase would and do the task ("I can't
  help but notice ...", "I can't recommend it enough", "je ne peux que te recommander");
- ``answer``: right after a decline (mostly for lack of access or ability, or a hedge), the
  reply answers anyway from what it knows ("I can't browse, but from what I know ...", "I can't
  say for sure, but most likely ...", "aber normalerweise ..."): a caveat, so ``pass``.

A phrase is lower-case text matched against the reply's opening (lower-cased, ``’`` read as
``'``, whitespace collapsed to one space). It starts at the start of a word and its last word
may go on ("no puedo ayudar" also matches "no puedo ayudarte"). Inside a phrase:

- ``(a|b|c)`` is one of the alternatives;
- ``{do}`` is one of the language's ``verbs`` (the tasks a reply declines: help, write, ...);
- ``~`` is up to three words ("i can't ~ help" matches "I can't really help");
- ``*`` is up to 40 characters of the same sentence ("ich kann * nicht * {do}").

Serbian in Cyrillic (``sr``) is not written here: it is the Croatian table (``hr``) transliterated
letter for letter, so extend ``hr``.

Every phrase must start with at least two literal characters, and phrases in languages written
with spaces are only tried when one of their whole words occurs in the opening: write a
phrase as its words appear in the text. A unit test checks that every language has phrases
and that every phrase compiles; the accuracy benchmark (``benchmarks/accuracy.py``) measures
the whole table on the multilingual corpus.
"""

from __future__ import annotations

from typing import NamedTuple


class Phrases(NamedTuple):
    decline: str
    unable: str = ""
    offer: str = ""
    answer: str = ""
    verbs: str = ""
    spaced: bool = True  # False: written without spaces between words (zh, ja, th)
    ignore: str = ""


PHRASES: dict[str, Phrases] = {
    "en": Phrases(
        verbs="help|assist|provide|create|write|generate|share|give|produce|comply|fulfil|support|engage|make a|make an|make that|make this|make fake|make up|make any|make such|make one|make something|make you|make those|make these|make them|"
        "offer|disclose|reveal|participate|continue|draft|compose|do that|do this|do it|answer that|answer this|"
        "recommend|tell you how|explain how|walk you through|pretend|roleplay|role-play|impersonate|encourage|"
        "condone|facilitate|complete|fill|sign|diagnose|prescribe|identify|locate|track|hack|bypass|invent|fake|"
        "forge|help you with|put together|come up with",
        decline="""
            i can't {do}
            i cannot {do}
            i can not {do}
            i can't ~ {do}
            i cannot ~ {do}
            i won't {do}
            i won't ~ {do}
            i will not {do}
            i will not ~ {do}
            i'm unable to {do}
            i am unable to {do}
            i'm not able to {do}
            i am not able to {do}
            i'm not going to {do}
            i am not going to {do}
            i'm afraid i can't
            i'm afraid i cannot
            i'm afraid that's not
            i'm afraid this isn't
            i'd rather not
            i would rather not
            i'd prefer not to
            i would prefer not to
            i prefer not to
            i'll have to pass
            i'll pass on
            i'm going to pass
            i'm going to decline
            i'm going to have to decline
            i'm going to have to pass
            i have to decline
            i need to decline
            i must decline
            i must respectfully decline
            i have to respectfully decline
            i'll respectfully decline
            i'll have to decline
            i decline to
            i refuse to
            i can't and won't
            that's not something i
            that is not something i
            this isn't something i
            this is not something i
            that isn't something i
            it's not something i
            that's something i can't
            that's something i won't
            that's not a request i
            that's not a task i
            it's not something i'm able
            unfortunately that isn't possible
            unfortunately that's not possible
            unfortunately this isn't possible
            unfortunately this is not possible
            unfortunately that is not possible
            unfortunately it isn't possible
            unfortunately it's not possible
            unfortunately i can't
            unfortunately i cannot
            unfortunately i'm unable
            unfortunately i am unable
            unfortunately i'm not able
            sorry i can't
            sorry but i can't
            sorry but i cannot
            sorry i won't
            sorry but i won't
            sorry but no
            no i can't
            no i won't
            against my guidelines
            against my principles
            against my policies
            against my policy
            against my programming
            against the guidelines i
            against our policies
            against our policy
            goes against my
            i'm not allowed to
            i am not allowed to
            i'm not permitted to
            i am not permitted to
            i'm not comfortable
            i am not comfortable
            i don't feel comfortable
            i do not feel comfortable
            i'm not in a position to
            i am not in a position to
            it wouldn't be appropriate for me
            it would not be appropriate for me
            it wouldn't be right for me
            it wouldn't be responsible for me
            i don't think i should
            i shouldn't {do}
            i should not {do}
            i can't in good conscience
            i cannot in good conscience
            i don't write
            i don't create
            i don't generate
            i don't help
            i don't provide
            i don't produce
            i do not write
            i do not create
            i do not generate
            i do not provide
            i'm not able to fulfil
            i can't go along with
            i can't be of help
            i can't be of assistance
            that's outside what i can
            that's outside of what i can
            that's beyond what i can
            that's not something i'm able
            this falls outside what i
            that falls outside what i
            i'm not the right
            that request isn't something
            that's not a request i can
            i'd better not
            i had better not
            i'll sit this one out
            i'm going to sit this one out
            i'm going to say no
            i have to say no
            i'll have to say no
            i must say no
            i need to say no
            that's a no from me
            that's a hard no
            i'm not going to be able to
            i won't be able to {do}
            i will not be able to {do}
            i can't safely
            i cannot safely
            it's not safe for me to
            it is not safe for me to
            it isn't safe for me to
            it wouldn't be safe for me to
            it would not be safe for me to
            i'm not willing to
            i am not willing to
            i'm unwilling to
            i'll pass (on|this time|here|for now|on that)
            i'll pass.
            i'll pass!
            i'll give this one a miss
            i'll steer clear
            i'm going to steer clear
            i'll stay out of
            i'm going to stay out of
            i won't be writing
            i won't be helping
            i won't be doing
            i won't be creating
            i won't be providing
            i won't be sharing
            i'm afraid not
            i'm afraid that won't
            i'm afraid i won't
            i'm afraid i'm not able
            i'm afraid i'm unable
            that won't be possible
            this won't be possible
            unfortunately that won't
            unfortunately i won't
            that's not possible for me
            that isn't possible for me
            this isn't possible for me
            that's not something i'm willing
            this isn't something i'm willing
            not something i'm willing to
            not something i'm comfortable
            not something i'll
            i'm not the right place to
            i don't do (that|this|those|these|fake|such)
            sorry that's not something
            sorry this isn't something
            i have to turn down
            i'll have to turn down
            i must turn down
            i need to turn down
            i'm going to turn down
            i'm turning down
            not something i'm going to
            i'd prefer to (stay out|sit this|pass|skip this|steer clear|not)
            i would prefer to (stay out|sit this|pass|skip this|steer clear|not)
            not going to do that
            not going to do this
            not gonna do that
            not going to help with
            outside my capabilities
            beyond my capabilities
            beyond what i'm able
            outside the scope of what i
            isn't something i'll
            isn't something i will
            is not something i will
            isn't something i'm going to
            isn't something i can
            is not something i can
            is something i won't
            is something i can't
            is something i don't
            i'm going to have to say no
            i can't put my name to
            i won't put my name to
            i can't lend my name to
            i'm not comfortable (writing|helping|creating|doing|sharing|providing)
            crosses a line for me
            that crosses a line
            i have to draw the line
            i'll have to draw the line
            i draw the line at
            not something i can (do|help)
            not something i'm able
            i must politely decline
            i have to politely decline
            i'll politely decline
            i'm going to hold off on
            i'll hold off on
            i can't go there
            i won't go there
            outside of what i'm able
            outside what i'm able
            outside of what i can
            i'm not someone who can
            i'm not going to be much help
            i'm not going to be of much help
            i won't be much help
            i'm not much help here
            sit this one out
            off the table for me
            that's off the table
            this is off the table
            that is off the table
            is off the table sorry
            i'll (have to )?sit this out
            i'm going to sit this out
            i need to sit this out
            i really (can't|cannot|won't|will not|can not) ~ {do}
            i really (can't|cannot|won't|will not|can not) do (that|this|it)
            i just (can't|cannot|won't|will not|can not) ~ {do}
            i just (can't|cannot|won't|will not|can not) do (that|this|it)
            i simply (can't|cannot|won't|will not|can not) ~ {do}
            i simply (can't|cannot|won't|will not|can not) do (that|this|it)
            i honestly (can't|cannot|won't|will not|can not) ~ {do}
            i honestly (can't|cannot|won't|will not|can not) do (that|this|it)
            i genuinely (can't|cannot|won't|will not|can not) ~ {do}
            i genuinely (can't|cannot|won't|will not|can not) do (that|this|it)
            i truly (can't|cannot|won't|will not|can not) ~ {do}
            i truly (can't|cannot|won't|will not|can not) do (that|this|it)
            i definitely (can't|cannot|won't|will not|can not) ~ {do}
            i definitely (can't|cannot|won't|will not|can not) do (that|this|it)
            i certainly (can't|cannot|won't|will not|can not) ~ {do}
            i certainly (can't|cannot|won't|will not|can not) do (that|this|it)
            i sadly (can't|cannot|won't|will not|can not) ~ {do}
            i sadly (can't|cannot|won't|will not|can not) do (that|this|it)
            i regretfully (can't|cannot|won't|will not|can not) ~ {do}
            i regretfully (can't|cannot|won't|will not|can not) do (that|this|it)
            i still (can't|cannot|won't|will not|can not) ~ {do}
            i still (can't|cannot|won't|will not|can not) do (that|this|it)
            i absolutely (can't|cannot|won't|will not|can not) ~ {do}
            i absolutely (can't|cannot|won't|will not|can not) do (that|this|it)
            i'm afraid i really (can't|cannot|won't)
            i'm afraid i just (can't|cannot|won't)
            i'm afraid i simply (can't|cannot|won't)
            i'm afraid i honestly (can't|cannot|won't)
            i'm afraid i genuinely (can't|cannot|won't)
            i'm afraid i truly (can't|cannot|won't)
            i'm afraid i definitely (can't|cannot|won't)
            i'm afraid i certainly (can't|cannot|won't)
            no can do
            count me out
            a line i won't cross
            a line i will not cross
            a line i can't cross
            i'm going to skip this one
            i'll skip this one
            something i have to refuse
            something i must refuse
            something i need to decline
            something i have to decline
            i can't tell you (where|who|her|his|their|anyone's|someone's|somebody's|the home|the address|the phone)
            i cannot tell you (where|who|her|his|their|anyone's|someone's|somebody's|the home|the address|the phone)
            i can't (find|get) (you )?(her|his|their|someone's|anyone's|a person's|people's|somebody's)
            i can't get into (someone|somebody|another|other|your ex|her|his|their)
            i can only (help|assist) with (questions|topics|issues|requests|matters|things) (about|related|regarding|on|concerning)
            i can only answer questions (about|related|regarding|on|concerning)
            i'm only able to (help|assist|answer) (with )?(questions|topics|issues|requests)
            i am only able to (help|assist|answer) (with )?(questions|topics|issues|requests)
            instead of (writing|creating|making|forging|faking|producing|generating|drafting|posting) (a |an |the |those |these )?(fake|false|forged|fraudulent|fabricated|misleading|bogus|phony)
            rather than (forging|faking|fabricating)
            rather than (writing|creating|making|producing|generating|drafting|posting) (a |an |the |those |these )?(fake|false|forged|fraudulent|fabricated|misleading|bogus|phony)
            i'll refrain from
            i will refrain from
            i must refrain from
            i'm going to refrain from
            i'm declining
            i am declining
            falls outside what i
            falls outside of what i
            that's beyond me
            this is beyond me
            that is beyond me
            i can't be involved in
            i cannot be involved in
            i won't be involved in
            it's not appropriate for me
            it is not appropriate for me
            it isn't appropriate for me
            not the appropriate (source|place|person|tool)
            isn't a request i
            is not a request i
            i've got to say no
            i have got to say no
            i gotta say no
            hard pass
            this is where i have to stop
            this is where i draw the line
        """,
        unable="""
            i don't have access
            i do not have access
            i don't have direct access
            i do not have direct access
            i don't have the ability
            i do not have the ability
            i don't have the capability
            i don't have real-time
            i do not have real-time
            i don't have realtime
            i don't have live
            i don't have internet
            i do not have internet
            i don't have browsing
            i don't have a way to
            i don't have any way to
            i do not have a way to
            i don't have the means
            i don't have permission
            i have no access
            i have no way to
            i have no ability to
            i can't (access|browse|see|view|look up|look at|check|read|open|make calls|make phone calls|call|send|book|reserve|order|pay|log in|log into|search|retrieve|connect|visit|download|listen|watch|play|set|schedule|remind|monitor|control|turn|install|run|execute|verify|confirm your|track your|place|contact|email|text|transfer|cancel|change your|update your|reset your)
            i cannot (access|browse|see|view|look up|look at|check|read|open|make calls|make phone calls|call|send|book|reserve|order|pay|log in|log into|search|retrieve|connect|visit|download|listen|watch|play|set|schedule|remind|monitor|control|turn|install|run|execute|verify|place|contact|email|transfer|cancel)
            i'm unable to (access|browse|see|view|look up|check|read|open|call|send|book|reserve|order|pay|log in|search|retrieve|connect|visit|download|verify|place|contact|transfer|cancel)
            i am unable to (access|browse|see|view|look up|check|read|open|call|send|book|reserve|order|pay|log in|search|retrieve|connect|visit|download|verify|place|contact|transfer|cancel)
            i'm not able to (access|browse|see|view|look up|check|read|open|call|send|book|reserve|order|pay|log in|search|retrieve|connect|visit|download|verify|place|contact|transfer|cancel)
            i am not able to (access|browse|see|view|look up|check|read|open|call|send|book|reserve|order|pay|log in|search|retrieve|connect|visit|download|verify|place|contact|transfer|cancel)
            i'm not connected to
            i am not connected to
            i'm a text-based
            i am a text-based
            i'm just a text-based
            i'm only a text-based
            as an ai i
            as an ai language model
            as a language model
            as an ai assistant i
            as an ai model
            i have no visibility into
            i don't have visibility into
            i have no insight into
            i have no way of (seeing|knowing|checking|accessing|viewing|looking)
            i don't have any way of
            i can't see your (screen|account|inbox|email|emails|mail|calendar|order|orders|device|computer|phone|camera|browser history|history|messages|bank|balance|location|desktop|browser|contacts|profile|personal|photos|files on|dashboard|settings|network)
            i cannot see your (screen|account|inbox|email|emails|mail|calendar|order|orders|device|computer|phone|camera|browser history|history|messages|bank|balance|location|desktop|browser|contacts|profile|personal|photos|files on|dashboard|settings|network)
            i don't see your (screen|account|inbox|email|emails|mail|calendar|order|orders|device|computer|phone|camera|browser history|history|messages|bank|balance|location|desktop|browser|contacts|profile|personal|photos|files on|dashboard|settings|network)
            i'm unable to see your (screen|account|inbox|email|emails|mail|calendar|order|orders|device|computer|phone|camera|browser history|history|messages|bank|balance|location|desktop|browser|contacts|profile|personal|photos|files on|dashboard|settings|network)
            i am unable to see your (screen|account|inbox|email|emails|mail|calendar|order|orders|device|computer|phone|camera|browser history|history|messages|bank|balance|location|desktop|browser|contacts|profile|personal|photos|files on|dashboard|settings|network)
            i'm not able to see your (screen|account|inbox|email|emails|mail|calendar|order|orders|device|computer|phone|camera|browser history|history|messages|bank|balance|location|desktop|browser|contacts|profile|personal|photos|files on|dashboard|settings|network)
            i am not able to see your (screen|account|inbox|email|emails|mail|calendar|order|orders|device|computer|phone|camera|browser history|history|messages|bank|balance|location|desktop|browser|contacts|profile|personal|photos|files on|dashboard|settings|network)
            i don't have the access (needed|required|to)
            i'm not able to pull up
            i am not able to pull up
            i can't pull up
            i cannot pull up
            i'm unable to pull up
            i can't get you (that|this|those|these|the|a|an|any)
            i don't have (any )?(information|info|details|data) (about|on|regarding) your (account|order|orders|booking|reservation|profile|subscription|package|parcel|shipment|delivery|case|ticket|balance|payment|claim|application)
            i do not have (any )?(information|info|details|data) (about|on|regarding) your (account|order|orders|booking|reservation|profile|subscription|package|parcel|shipment|delivery|case|ticket|balance|payment|claim|application)
            i can't look (that|this|it|them) up
            i cannot look (that|this|it|them) up
            i can't (remember|recall) (previous|past|earlier|our previous|our past|other) (conversations|chats|sessions)
            i don't have (memory|a memory) of (previous|past|earlier|our previous|our past|other)
            i can't (process|issue|approve|authorize) (refunds|returns|payments|cancellations|orders|a refund|your refund|the refund)
        """,
        offer="""
            instead
            but i can
            but i'd be happy
            but i'd be glad
            however i can
            however i'd be happy
            what i can do
            what i can help with
            i can help you (with|to|write|draft|find|understand|create|prepare|plan|put|come|learn|figure|think|check|set)
            i can however
            i can instead
            i could help
            i could instead
            i'd be happy to help (you|with)
            i'd be happy to (write|draft|explain|help|suggest|give|show|walk|share|create|put|go)
            i'd be glad to
            i'm happy to (help|write|draft|explain|suggest|give|show|walk|share|create)
            happy to help with
            here's how you can
            here is how you can
            here's what you can
            here is what you can
            here are some (alternatives|options|tips|ideas|ways|steps|suggestions|resources)
            here's a
            here is a
            you can (check|use|try|contact|call|visit|ask|reach|find|look|open|go|email|log|install|set|search|request|report|file)
            you could (try|use|check|contact|ask|reach|look|visit|consider|search|call)
            you might (try|want|consider)
            alternatively
            as an alternative
            if you'd like i can
            if you would like i can
            if you want i can
            if you like i can
            i can suggest
            i can offer
            i can give you
            i can explain
            i can recommend
            i can share
            i can point you
            i can walk you
            i can show you
            i can provide (general|some|information|tips|guidance|an overview|a summary)
            i can draft
            i can write (a|an|something)
            would you like me to
            want me to
            shall i
            one option is
            consider (contacting|reaching|using|checking|asking|talking)
            i recommend (contacting|checking|using|reaching|asking|talking|speaking)
            i'd recommend
            i would recommend
            i suggest
            i'd suggest
            the best way to
            your best bet
            a better approach
            a safer
            some general
            in general
            if you (paste|share|send|upload|copy|tell me|give me|describe)
            i'll be happy to
            i'll gladly
        """,
        answer="""
            but from what i know
            but based on what i know
            but based on my (knowledge|training|information)
            but as of my
            but generally
            but in general
            but typically
            but usually
            but normally
            but here's what i know
            but here is what i know
            but i can tell you (that|what)
            but the answer is
            from what i know
            to my knowledge
            as far as i know
            but (most likely|most often|it's probably|it is probably|the most likely|this usually|that usually|it usually|the usual)
        """,
        ignore="""
            i can't help but
            i cannot help but
            i can't recommend ~ enough
            i cannot recommend ~ enough
            i can't recommend ~ highly enough
            i can't stress ~ enough
            i cannot stress ~ enough
            i can't emphasize ~ enough
            i can't emphasise ~ enough
            i can't thank you enough
            i can't wait
            i can't believe
            i'd rather not guess
            i would rather not guess
        """,
    ),
    "de": Phrases(
        verbs="helfen|unterstützen|erstellen|schreiben|verfassen|geben|herausgeben|bereitstellen|liefern|anbieten|"
        "weitergeben|teilen|tun|machen|erzeugen|generieren|nachkommen|beantworten|erfüllen|empfehlen|nennen|sagen|"
        "verraten|zeigen|erklären|ausfüllen|übernehmen|umsetzen|mitmachen|ausführen|formulieren|entwerfen|"
        "fälschen|ausdenken|unterstützen|behilflich",
        decline="""
            ich kann * nicht * {do}
            kann ich * nicht * {do}
            ich kann * (kein|keine|keinen|keinem|keines) * {do}
            kann ich * (kein|keine|keinen|keinem|keines) * {do}
            ich kann das nicht
            ich kann dir nicht
            ich kann ihnen nicht
            ich kann dabei nicht
            ich kann hierbei nicht
            das kann ich * nicht
            dabei kann ich * nicht
            damit kann ich * nicht
            hierbei kann ich * nicht
            hier kann ich * nicht
            da kann ich * nicht
            hierzu kann ich * nicht
            dazu kann ich * nicht
            (helfen|schreiben|erstellen|machen|tun|verfassen|liefern|geben) kann ich * nicht
            das mache ich nicht
            das mache ich * nicht
            mache ich nicht
            mache ich * nicht
            das tue ich nicht
            das werde ich * nicht
            das möchte ich * nicht
            das will ich * nicht
            das darf ich * nicht
            werde ich * nicht * {do}
            möchte ich * nicht * {do}
            will ich * nicht * {do}
            ich werde * nicht * {do}
            ich werde * (kein|keine|keinen|keinem|keines) * {do}
            ich möchte * nicht * {do}
            ich möchte * (kein|keine|keinen) * {do}
            ich will * nicht * {do}
            ich darf * nicht * {do}
            ich darf * (kein|keine|keinen) * {do}
            darf ich * nicht * {do}
            darf ich * (kein|keine|keinen) * {do}
            nicht in der lage
            muss ich ablehnen
            muss ich leider ablehnen
            muss ich * ablehnen
            ich muss * ablehnen
            ich lehne
            lehne ich * ab
            ist mir nicht möglich
            ist mir leider nicht möglich
            ist mir * nicht möglich
            das ist leider nicht möglich
            das ist nicht möglich
            leider ist das nicht möglich
            das geht nicht
            ist leider nicht möglich
            das kann und werde ich nicht
            gegen meine richtlinien
            gegen meine grundsätze
            gegen meine prinzipien
            verstößt gegen meine
            widerspricht meinen
            ich bin nicht befugt
            ich bin nicht berechtigt
            ich verzichte lieber
            ich würde lieber nicht
            ich möchte lieber nicht
            lieber nicht
            das übersteigt meine
            das liegt außerhalb
            dabei bin ich * raus
            ich sehe mich * nicht in der lage
            ich halte mich da raus
            das ist nichts was ich
            das ist nichts, was ich
            das ist nicht etwas was ich
            muss ich * passen
            ich muss * passen
            da passe ich
            hier passe ich
            da muss ich dir * absagen
            da muss ich ihnen * absagen
            ich muss * absagen
            das (mache|schreibe|erstelle|übernehme|formuliere|verfasse|liefere|tue|beantworte|verrate|gebe|suche|recherchiere|erfinde|fälsche) ich * nicht
            (so etwas|sowas|solche|so was) (mache|schreibe|erstelle|verfasse|formuliere|tue|übernehme|erfinde) ich * nicht
            (dabei|hierbei|damit|dazu|darum) helfe ich * nicht
            das lasse ich * lieber
            lasse ich lieber
            ich lasse das lieber
            davon sehe ich * ab
            sehe ich davon ab
            ich sehe davon ab
            das geht (leider )?nicht
            das klappt (leider )?nicht
            nicht in frage
            das ist für mich tabu
            darauf lasse ich mich nicht ein
            da mache ich nicht mit
            mache ich nicht mit
            das ist nicht drin
            das ist (leider )?nicht drin
            wäre * nicht verantwortungsvoll
            wäre unverantwortlich
            nicht seriös (sagen|beantworten|nennen|empfehlen|einschätzen)
            kann ich * nicht seriös
            das werde ich nicht tun
            außerhalb meiner möglichkeiten
            (schreibe|verfasse|erstelle|formuliere|liefere|erfinde|fälsche|generiere|entwerfe|übernehme|beantworte|verrate|gebe|teile) ich ~ nicht
            nicht der richtige ansprechpartner
            nichts wobei ich
            nichts womit ich
            nichts bei dem ich
            nichts, wobei ich
            nicht etwas wobei ich
            nicht etwas womit ich
            etwas wobei ich * nicht
            da bin ich * raus
            hier bin ich * raus
            grenze die ich nicht
            fühle ich mich nicht wohl
            fühle ich mich * nicht wohl
            ich fühle mich * nicht wohl
            halte ich mich * raus
            halte ich mich * heraus
            ich kann (nur|ausschließlich|lediglich) (fragen|anliegen|themen) (zu|rund um|über)
            ich kann (nur|ausschließlich|lediglich) (bei|mit) (fragen|anliegen|themen) (zu|rund um|über)
            für (fragen|anliegen|themen) (zu|rund um|über) * zuständig
            statt (einer|eines|einen|ein) (gefälschten|falschen|erfundenen|gefälschte|falsche|erfundene)
            anstatt (einer|eines|einen|ein) (gefälschten|falschen|erfundenen|gefälschte|falsche|erfundene)
            muss ich abstand nehmen
            werde ich abstand nehmen
            ich werde davon abstand nehmen
            nehme ich abstand
            sehe mich außerstande
            bin ich außerstande
            ist mir * nicht gestattet
            bin ich nicht behilflich
            bin ich * nicht behilflich
            nicht in meinen aufgabenbereich
            nicht in meinen zuständigkeitsbereich
        """,
        unable="""
            keinen zugriff
            keinen zugang
            keinen internetzugang
            keinen einblick
            keine möglichkeit
            keine echtzeit
            keine verbindung zum internet
            ich kann * nicht * (zugreifen|abrufen|einsehen|aufrufen|anrufen|buchen|bestellen|nachsehen|nachschauen|prüfen|überprüfen|surfen|öffnen|senden|schicken|reservieren|sehen|lesen|herunterladen|einloggen|anmelden|ändern|stornieren|kündigen|verschieben)
            kann ich * nicht * (zugreifen|abrufen|einsehen|aufrufen|anrufen|buchen|bestellen|nachsehen|nachschauen|prüfen|überprüfen|surfen|öffnen|senden|schicken|reservieren|sehen|lesen|herunterladen|einloggen|anmelden|ändern|stornieren|kündigen|verschieben)
            als ki
            als sprachmodell
            als künstliche intelligenz
            als ki-assistent
            als ki-modell
            ich habe * keinen zugriff
            habe ich * keinen zugriff
            darauf habe ich * keinen
            ich kann * (keine|keinen) * (aufrufen|abrufen|öffnen|einsehen|besuchen|durchsuchen|lesen|sehen|buchen|bestellen|anrufen|senden|schicken)
            ich (sehe|kann) (deinen|ihren|dein|ihr|deine|ihre) (bildschirm|konto|kundenkonto|posteingang|postfach|kalender|bestellung|bestellungen|gerät|computer|rechner|handy|bankkonto|e-mails|mails|nachrichten|standort|browser|profil|dashboard|einstellungen) ~ nicht
            ich kann ~ (bildschirm|konto|kundenkonto|posteingang|postfach|kalender|bestellung|bestellungen|gerät|bankkonto) ~ nicht (sehen|einsehen)
            (kann ich|ich kann) * nicht * (nachverfolgen|verfolgen|tracken|kontrollieren|einsehen|nachprüfen|verifizieren)
            von hier aus nicht (prüfen|überprüfen|einsehen|sehen|nachsehen|abrufen|ändern|verfolgen)
            (über|zu) (dein|deinem|deine|deinen|ihr|ihrem|ihre|ihren) (konto|kundenkonto|bestellung|buchung|profil|abo|abonnement|paket|sendung|vertrag) habe ich * keine (informationen|daten|angaben)
            ich habe keine (informationen|daten|angaben) (über|zu) (dein|deinem|deine|deinen|ihr|ihrem|ihre|ihren)
            ich kann * (kein|keine|keinen) * (reservieren|buchen|bestellen|einstellen|versenden|verschicken|überweisen|bezahlen|anlegen|eintragen|programmieren|tätigen|führen)
            kann ich * nicht (einstellen|reservieren|programmieren|eintragen|ausführen|versenden|verschicken|überweisen|bezahlen|bestellen|buchen)
        """,
        offer="""
            stattdessen
            statt dessen
            aber ich kann
            ich kann ihnen aber
            ich kann dir aber
            ich kann aber
            gerne kann ich
            gern kann ich
            gerne helfe ich
            gern helfe ich
            helfe ich gern
            helfe ich ihnen gern
            helfe ich dir gern
            ich kann ihnen (helfen|zeigen|erklären|geben|empfehlen|vorschlagen|anbieten)
            ich kann dir (helfen|zeigen|erklären|geben|empfehlen|vorschlagen|anbieten)
            ich kann (gerne|gern|jedoch|allerdings)
            alternativ
            eine alternative
            was ich tun kann
            was ich ihnen anbieten kann
            was ich dir anbieten kann
            sie können (sich|aber|jedoch|stattdessen|gerne|gern|die|den|das|ihre|ihren|im|in)
            du kannst (aber|jedoch|stattdessen|dich|die|den|das|deine|deinen|im|in)
            ich empfehle
            ich würde empfehlen
            ich rate
            wenden sie sich
            wende dich
            so (geht|gehen sie vor|gehst du vor)
            hier (ist|sind|finden sie|findest du|ein|eine|einige)
            möchten sie dass ich
            möchtest du dass ich
            soll ich
            wenn sie möchten
            wenn du möchtest
            falls sie möchten
            falls du möchtest
            ich könnte
            könnte ich ihnen
            könnte ich dir
        """,
        answer="""
            aber (in der regel|normalerweise|meistens|typischerweise|üblicherweise|im allgemeinen|grundsätzlich|generell|allgemein gilt)
            soweit ich weiß
            meines wissens
            nach meinem (wissensstand|kenntnisstand|wissen)
            aber (vermutlich|wahrscheinlich|häufig|oft|am häufigsten)
        """,
        ignore="""
            ich kann nicht genug betonen
            ich kann es kaum erwarten
        """,
    ),
    "fr": Phrases(
        verbs="aider|t'aider|vous aider|l'aider|fournir|rédiger|écrire|créer|générer|partager|donner|répondre|"
        "communiquer|produire|faire|accomplir|effectuer|recommander|conseiller|divulguer|révéler|transmettre|"
        "participer|continuer|proposer|indiquer|expliquer|inventer|remplir|composer|préparer",
        decline="""
            je ne (peux|pourrai|pourrais|vais|veux|puis|saurais|dois|souhaite) * {do}
            je ne suis pas en mesure
            je ne suis malheureusement pas en mesure
            je ne suis pas autorisé
            je ne suis pas autorisée
            je ne suis pas à l'aise
            je ne me sens pas à l'aise
            je refuse
            je dois refuser
            je dois décliner
            je me dois de refuser
            je préfère ne pas
            je préfèrerais ne pas
            je préférerais ne pas
            je préfère m'abstenir
            je vais m'abstenir
            je m'abstiendrai
            je ne ferai pas
            je ne le ferai pas
            ce n'est pas quelque chose que je
            ce n'est pas une chose que je
            ce n'est pas possible
            ce n'est malheureusement pas possible
            malheureusement ce n'est pas possible
            malheureusement cela n'est pas possible
            malheureusement je ne
            il ne m'est pas possible
            il m'est impossible
            impossible pour moi
            ce n'est pas dans mes
            cela va à l'encontre
            ça va à l'encontre
            contraire à mes (principes|règles|directives|consignes|lignes)
            contre mes (principes|règles|directives|consignes)
            je ne vais pas pouvoir
            je ne pourrai pas
            désolé mais je ne
            désolée mais je ne
            je ne peux malheureusement pas
            je crains de ne pas pouvoir
            je crains que ce ne soit pas possible
            je préfère éviter
            je préférerais éviter
            je préfère m'en abstenir
            je m'en abstiendrai
            je passe mon tour
            très peu pour moi
            ça je ne peux pas
            cela je ne peux pas
            ça je ne le ferai pas
            ce ne sera pas possible
            cela ne sera pas possible
            ça ne va pas être possible
            ça ne sera pas possible
            ce n'est pas possible pour moi
            je ne m'y prêterai pas
            je ne me prêterai pas
            je ne vais pas m'y prêter
            hors de question
            pas question
            je ne (rédigerai|écrirai|fournirai|donnerai|créerai|inventerai|chercherai|communiquerai|partagerai|générerai|composerai) pas
            je ne (rédige|écris|fournis|donne|crée|invente|cherche|communique|génère|fais) pas (ce|ça|cela|de|d'|ce genre|ce type|les|des)
            je ne fais pas ce genre
            il ne serait pas prudent
            il n'est pas prudent de (vous|te|donner|recommander|conseiller|indiquer)
            il serait imprudent de (vous|te|ma part|donner|recommander|conseiller|indiquer)
            il ne serait pas responsable
            je ne suis pas en position
            non je ne
            au-delà de mes capacités
            hors de mes compétences
            dépasse mes capacités
            je ne suis pas en capacité
            je ne suis malheureusement pas en capacité
            je vais devoir refuser
            je vais devoir décliner
            je ne l'écris pas
            je ne l'écrirai pas
            je ne le rédige pas
            je ne le rédigerai pas
            je ne peux pas l'écrire
            je ne peux pas le faire
            ce n'est pas quelque chose (pour|avec|sur|dans|à) (lequel|laquelle|quoi)
            je ne suis pas la bonne personne
            je ne suis pas le bon interlocuteur
            cela m'est impossible
            ça m'est impossible
            ceci m'est impossible
            m'est malheureusement impossible
            je dois malheureusement décliner
            je dois malheureusement refuser
            je ne peux rien pour
            je ne me vois pas (écrire|rédiger|faire|aider|t'aider|vous aider|créer|inventer)
            ce n'est (malheureusement|hélas|vraiment|franchement|donc) pas quelque chose
            ce n'est (malheureusement|hélas|vraiment|franchement|donc) pas une chose
            limite que je ne (franchirai|franchis|dépasserai|peux pas franchir)
            je préfère rester en dehors
            je préfère ne pas m'en mêler
            je préfère ne pas m'impliquer
            irait à l'encontre de mes
            irait contre mes
            je ne peux (répondre|vous aider|t'aider|aider) qu'(aux|à des|sur des|pour des) (questions|sujets|demandes)
            je peux (uniquement|seulement) (répondre|vous aider|t'aider|aider) (aux|à des|sur des|pour des) (questions|sujets|demandes)
            au lieu de (rédiger|écrire|créer|fabriquer|inventer) (un faux|une fausse|de faux|de fausses)
            plutôt que de (rédiger|écrire|créer|fabriquer|inventer) (un faux|une fausse|de faux|de fausses)
            je ne le produis pas
            je ne les produis pas
            je ne le fais pas
            ne relève pas de mes compétences
            ne relève pas de mon rôle
            je décline cette demande
            je décline ta demande
            je décline votre demande
            je vais passer mon tour
            je préfère passer mon tour
            j'aimerais mieux ne pas
        """,
        unable="""
            je n'ai pas (accès|la possibilité|la capacité|de connexion|d'accès|les moyens|le moyen|internet)
            je n'ai aucun (accès|moyen)
            je ne dispose pas (d'un accès|d'accès|de connexion|de la possibilité)
            je ne (peux|suis) * (accéder|consulter|naviguer|appeler|réserver|envoyer|vérifier|ouvrir|voir|lire|effectuer|passer|annuler|modifier)
            en tant qu'ia
            en tant qu'intelligence artificielle
            en tant que modèle de langage
            en tant qu'assistant ia
            je ne (vois|peux pas voir) (pas )?(votre|ton|ta|tes|vos) (écran|compte|boîte|messagerie|calendrier|agenda|commande|commandes|appareil|ordinateur|téléphone|historique|messages|mails|e-mails|emails|courriels|profil|espace client|tableau de bord|paramètres|solde)
            je n'ai (aucune|pas d') (information|informations|donnée|données) sur (ton|ta|tes|votre|vos) (compte|commande|commandes|réservation|profil|abonnement|colis|dossier|contrat|solde)
            je ne suis pas en mesure de (suivre|vérifier|consulter|voir|accéder)
            je ne peux pas (programmer|régler|configurer|définir|créer|mettre) (de |un |une |des )?(rappel|rappels|alarme|alarmes|minuteur|réveil)
            je ne peux pas (commander|payer|acheter|télécharger|installer|contacter|joindre|réserver|programmer)
        """,
        offer="""
            en revanche
            par contre
            mais je peux
            mais je pourrais
            je peux (cependant|toutefois|en revanche|par contre|néanmoins|volontiers)
            je peux vous (aider|proposer|expliquer|suggérer|donner|montrer|indiquer|conseiller|orienter|fournir|aiguiller)
            je peux t'(aider|expliquer|proposer|montrer|indiquer|orienter|aiguiller)
            je peux te (proposer|donner|montrer|conseiller|suggérer|fournir)
            je te propose
            je vous propose
            je vous suggère
            je te suggère
            à la place
            plutôt
            voici (comment|ce que|quelques|des|une|un)
            vous pouvez
            tu peux
            je vous recommande
            je vous conseille
            je te conseille
            je te recommande
            si vous le souhaitez
            si vous voulez
            si tu veux
            si tu le souhaites
            souhaitez-vous
            voulez-vous que
            veux-tu que
            n'hésitez pas à
            adressez-vous
            contactez
            une alternative
            alternative
            ce que je peux faire
            je serais ravi
            je serais ravie
            je serais heureux
            avec plaisir
        """,
        answer="""
            mais si c'est
            mais s'il s'agit
            mais si vous parlez
            mais si tu parles
            mais (en général|généralement|habituellement|en règle générale|normalement)
            d'après mes connaissances
            selon mes connaissances
            à ma connaissance
            d'après ce que je sais
            mais (souvent|c'est souvent|le plus souvent|probablement|c'est probablement)
        """,
        ignore="""
            je ne peux que
            je ne peux qu'
            je ne peux pas m'empêcher
            je ne peux m'empêcher
        """,
    ),
    "es": Phrases(
        verbs="dártelo|dárselo|dártela|hacértelo|hacérselo|escribírtelo|escribírselo|decírtelo|decírselo|enviártelo|mandártelo|preparártelo|redactártelo|buscártelo|pasártelo|"
        "ayudar|ayudarte|ayudarle|ayudaros|proporcionar|dar|darte|darle|facilitar|compartir|crear|escribir|"
        "redactar|generar|hacer|cumplir|participar|ofrecer|responder|recomendar|indicar|decir|decirte|revelar|"
        "explicar|elaborar|completar|realizar|enviar|buscar|inventar|falsificar|colaborar|preparar|rellenar|"
        "te ayudo|le ayudo|ayudo|escribo|redacto|hago|comparto|doy|genero|creo|participo",
        decline="""
            no (puedo|podré|podría|voy a|debo|quiero|pienso) * {do}
            no puedo hacer eso
            no puedo con eso
            no me es posible
            no me resulta posible
            no estoy en condiciones
            no estoy autorizado
            no estoy autorizada
            no me siento cómodo
            no me siento cómoda
            me temo que no
            lamentablemente no (es posible|puedo|me es posible|podré|voy)
            lamentablemente eso no
            desafortunadamente no
            por desgracia no
            no es posible
            eso no es algo que
            esto no es algo que
            no es algo que (pueda|puedo|vaya|voy)
            no es algo en lo que
            prefiero no
            preferiría no
            preferiria no
            debo declinar
            debo rechazar
            tengo que declinar
            tengo que rechazar
            me veo obligado a
            me veo obligada a
            me niego
            no lo voy a hacer
            no voy a hacerlo
            no lo haré
            no haré eso
            eso no lo hago
            eso no lo puedo
            va en contra de mis
            va en contra de las
            contra mis (políticas|directrices|principios|normas)
            lo siento pero no
            lo siento no
            disculpa pero no
            disculpe pero no
            no me corresponde
            no está a mi alcance
            eso queda fuera de
            no me parece (adecuado|apropiado|correcto|bien)
            no sería (adecuado|apropiado|correcto|responsable|ético)
            no es (seguro|responsable|prudente) (indicar|recomendar|dar|decir|recetar)
            eso no lo voy a
            no lo voy a
            no voy a poder
            no cuentes conmigo
            no (escribo|redacto|genero|comparto|facilito|preparo|invento|busco|falsifico) (eso|ese|esa|esto|este|esta|ese tipo|este tipo|reseñas|mensajes|contenido|textos|datos|direcciones|nada)
            eso no lo (escribo|hago|redacto|genero|comparto|preparo)
            prefiero abstenerme
            me abstengo
            no participo
            no me presto
            no es algo que vaya a
            no es posible para mí
            fuera de mi alcance
            fuera de mis capacidades
            no te lo puedo
            no se lo puedo
            no te lo voy a
            no se lo voy a
            no es algo (con lo que|para lo que|a lo que|en lo que)
            no te puedo ayudar
            no le puedo ayudar
            no os puedo ayudar
            me es imposible
            me resulta imposible
            es imposible para mí
            eso queda fuera de lo que
            no (te|le|os) (echo|puedo echar) una mano
            no puedo echarte una mano
            no puedo echarle una mano
            línea que no (voy a cruzar|cruzo|cruzaré|puedo cruzar)
            límite que no (voy a cruzar|cruzo|cruzaré|puedo cruzar)
            prefiero mantenerme al margen
            prefiero quedarme al margen
            iría en contra de mis
            solo puedo (ayudarte|ayudarle|ayudar|responder) (con|a|en) (preguntas|consultas|temas|dudas) (sobre|relacionadas|de)
            únicamente puedo (ayudarte|ayudarle|ayudar|responder) (con|a|en) (preguntas|consultas|temas|dudas)
            en lugar de (escribir|redactar|crear|inventar|falsificar) (una reseña falsa|un falso|una falsa|reseñas falsas|documentos falsos)
            en vez de (escribir|redactar|crear|inventar|falsificar) (una reseña falsa|un falso|una falsa|reseñas falsas|documentos falsos)
            ¡no (puedo|podré|podría|voy a|debo|quiero|pienso) * {do}
            ¡no puedo hacer eso
            ¡no lo voy a hacer
            ¡eso no lo hago
            ¡eso no lo puedo
            me abstendré de
            me abstengo de
            no lo genero
            no lo produzco
            no lo redacto
            no lo escribo
            no entra dentro de mis funciones
            no entra en mis funciones
            declino esta solicitud
            declino tu solicitud
            declino su solicitud
            declino esta petición
            ni de broma
            no lo puedo redactar
            no lo puedo escribir
            no puedo atender (esa|esta|tu|su) (solicitud|petición)
            yo paso de
            paso de esto
            voy a pasar de esto
            prefiero pasar
            mejor no.
            mejor no si no te importa
        """,
        unable="""
            no tengo acceso
            no tengo (la capacidad|forma|manera|la posibilidad|conexión|capacidad|modo|permiso|acceso)
            no cuento con (acceso|la capacidad|conexión)
            no dispongo de (acceso|conexión|información en tiempo)
            no puedo (acceder|ver|consultar|llamar|reservar|enviar|navegar|revisar|comprobar|abrir|leer|conectarme|realizar|hacer llamadas|hacer reservas|hacer pagos|hacer pedidos|verificar|cancelar|modificar|cambiar|entrar|iniciar)
            como (ia|inteligencia artificial|modelo de lenguaje|asistente de ia|asistente virtual)
            al ser una ia
            siendo una ia
            no (veo|puedo ver) (tu|su|tus|sus) (pantalla|cuenta|correo|bandeja|calendario|agenda|pedido|pedidos|dispositivo|ordenador|computadora|teléfono|móvil|celular|historial|mensajes|perfil|saldo|escritorio|configuración|panel)
            no tengo (ninguna )?(información|datos) (sobre|de|acerca de) (tu|su|tus|sus) (cuenta|pedido|pedidos|reserva|perfil|suscripción|paquete|envío|expediente|contrato|saldo)
            no puedo (rastrear|hacer seguimiento|seguir el envío|localizar)
            no puedo (programar|configurar|poner|activar|crear) (recordatorio|recordatorios|alarma|alarmas|temporizador|un recordatorio|una alarma)
        """,
        offer="""
            en su lugar
            en lugar de eso
            en cambio
            pero puedo
            pero sí puedo
            sin embargo puedo
            puedo (ayudarte|ayudarle|ayudaros|explicarte|explicarle|ofrecerte|ofrecerle|sugerirte|sugerirle|darte|darle|recomendarte|recomendarle|indicarte|indicarle|enseñarte|proponerte|proponerle|mostrarte|mostrarle|orientarte|orientarle|redactar|escribir|preparar|contarte|guiarte|guiarle)
            te puedo
            le puedo
            lo que sí puedo
            lo que puedo hacer
            sí puedo
            si quieres
            si lo deseas
            si lo desea
            si prefieres
            si prefiere
            si gustas
            ¿quieres que
            quieres que
            ¿te gustaría
            te gustaría
            ¿le gustaría
            le gustaría
            te sugiero
            le sugiero
            te recomiendo
            le recomiendo
            te propongo
            le propongo
            puedes (consultar|contactar|llamar|revisar|usar|utilizar|intentar|acudir|visitar|preguntar|buscar|escribir|pedir|solicitar|entrar|ir|abrir)
            puede (consultar|contactar|llamar|revisar|usar|utilizar|intentar|acudir|visitar|preguntar|buscar|escribir|pedir|solicitar|entrar|ir|abrir)
            como alternativa
            una alternativa
            alternativa
            aquí tienes
            aquí tiene
            así es como
            con gusto
            encantado de
            encantada de
            mientras tanto
            puedes (tomar|usar|probar|consultar|llamar|acudir|pedir|ir|contactar|escribir|solicitar)
        """,
        answer="""
            pero (en general|por lo general|normalmente|generalmente|habitualmente)
            según mis conocimientos
            hasta donde sé
            que yo sepa
            según lo que sé
            pero (lo más probable|probablemente|suele|lo habitual)
        """,
        ignore="""
            no puedo dejar de
            no puedo evitar
            no puedo más que
            no puedo sino
        """,
    ),
    "pt": Phrases(
        verbs="fazê-lo|fazê-la|dá-lo|dar-te|dar-lhe|escrevê-lo|escrever-te|ajudar-te|ajudá-lo|ajudá-la|criá-lo|prepará-lo|"
        "ajudar|ajudá-lo|ajudá-la|te ajudar|fornecer|criar|escrever|gerar|compartilhar|partilhar|dar|fazer|"
        "passar|redigir|responder|cumprir|indicar|recomendar|informar|revelar|explicar|enviar|participar|elaborar|"
        "preencher|inventar|falsificar|colaborar|preparar|auxiliar|produzir|sugerir",
        decline="""
            não (posso|vou|consigo|devo|poderei|poderia|irei|quero|pretendo) * {do}
            não posso fazer isso
            não posso ajudar
            não me é possível
            não é possível
            infelizmente não (é possível|posso|consigo|vou|poderei|tenho)
            infelizmente isso não
            não estou (autorizado|autorizada|em condições|à vontade|confortável)
            não me sinto (à vontade|confortável)
            prefiro não
            preferia não
            preferiria não
            isso não é algo que
            isto não é algo que
            não é algo que (eu )?(posso|possa|vou|consiga|faça)
            recuso-me
            me recuso
            eu me recuso
            tenho de recusar
            tenho que recusar
            devo recusar
            vou ter de recusar
            vou ter que recusar
            vou recusar
            vai contra as minhas
            vai contra minhas
            contra as minhas (diretrizes|políticas|regras|diretivas)
            lamento mas não
            desculpe mas não
            desculpa mas não
            sinto muito mas não
            não farei isso
            não vou fazer isso
            isso eu não
            isso não posso
            isso não consigo
            não está ao meu alcance
            não me cabe
            passo essa
            isso não dá
            não vou conseguir
            não faço (isso|isto|esse tipo|este tipo|textos|avaliações|comentários)
            não (escrevo|redijo|crio|gero|invento|procuro|partilho|compartilho|falsifico) (isso|isto|esse|essa|este|esta|avaliações|comentários|textos|mensagens|dados|nada)
            isso não (faço|escrevo|vou fazer|vou escrever)
            não seria (responsável|correto|adequado|apropriado|ético)
            não é (seguro|responsável|prudente) (indicar|recomendar|dar|dizer|que eu)
            não é recomendável que eu
            prefiro abster-me
            prefiro me abster
            não participo
            não me presto
            fora do meu alcance
            além das minhas capacidades
            não é algo (com que|com o qual|em que|no qual|para o qual|que eu)
            isso não é algo
            isso foge do que
            foge do que eu posso
            é impossível para mim
            me é impossível
            é-me impossível
            não dá (pra|para) (te |lhe )?(ajudar|fazer|escrever|criar)
            nisso não dá
            linha que não (vou cruzar|cruzo|cruzarei|posso cruzar)
            limite que não (vou cruzar|cruzo|cruzarei|posso ultrapassar)
            prefiro ficar de fora
            prefiro não me envolver
            iria contra (as minhas|minhas|os meus|meus)
            só posso (ajudar|te ajudar|responder) (com|a|em) (perguntas|dúvidas|questões|assuntos|temas) (sobre|relacionad|de)
            apenas posso (ajudar|te ajudar|responder) (com|a|em) (perguntas|dúvidas|questões|assuntos|temas)
            em vez de (escrever|criar|inventar|falsificar) (uma avaliação falsa|um falso|uma falsa|avaliações falsas|documentos falsos)
            não posso atender (a esse|a este|esse|este|ao seu|ao teu|a sua|a tua) (pedido|solicitação|pedido)
            vou me abster de
            me abstenho de
            eu não produzo
            não o produzo
            não faz parte das minhas funções
            não faz parte do meu papel
            recuso este pedido
            recuso esse pedido
            não dá desculpa
            não dá desculpe
            não dá foi mal
            vou passar essa
            prefiro passar essa
            acho melhor não
            não (te|lhe|vos) posso (dar|ajudar|fazer|escrever|enviar|mandar|passar)
        """,
        unable="""
            não tenho acesso
            não tenho (como|a capacidade|capacidade|forma|maneira|ligação|conexão|permissão|acesso|meios)
            não consigo (aceder|acessar|ver|consultar|ligar|abrir|navegar|verificar|entrar|efetuar|fazer chamadas|fazer reservas|reservar|enviar|cancelar)
            não posso (aceder|acessar|ver|consultar|ligar|reservar|enviar|navegar|abrir|verificar|efetuar|fazer chamadas|fazer reservas|fazer pagamentos|cancelar|alterar|entrar)
            como (ia|uma ia|inteligência artificial|modelo de linguagem|assistente de ia|assistente virtual)
            sendo uma ia
            não tenho (nenhuma )?(informação|informações|dados) sobre (a sua|o seu|sua|seu|tua|teu|a tua|o teu) (conta|pedido|pedidos|reserva|perfil|assinatura|pacote|encomenda|envio|contrato|saldo)
        """,
        offer="""
            em vez disso
            ao invés disso
            em alternativa
            como alternativa
            uma alternativa
            alternativa
            mas posso
            mas eu posso
            no entanto posso
            no entanto eu posso
            porém posso
            contudo posso
            entretanto posso
            posso (ajudar|te ajudar|ajudá-lo|ajudá-la|lhe ajudar|explicar|te explicar|sugerir|indicar|oferecer|dar|te dar|mostrar|recomendar|preparar|escrever|redigir|orientar|te orientar|te mostrar|criar|sim)
            o que posso fazer
            o que eu posso fazer
            se quiser
            se quiseres
            se preferir
            se preferires
            se desejar
            quer que eu
            queres que eu
            gostaria que eu
            sugiro
            recomendo
            aconselho
            você pode (consultar|contactar|contatar|ligar|verificar|usar|utilizar|tentar|procurar|visitar|pedir|solicitar|entrar|acessar|aceder)
            pode (consultar|contactar|contatar|ligar|verificar|tentar|procurar|usar|utilizar|visitar|pedir|solicitar|entrar|acessar|aceder)
            podes (consultar|contactar|ligar|verificar|tentar|procurar|usar|utilizar|visitar|pedir)
            aqui (está|estão|vai|tens|tem)
            com prazer
            fico feliz em
            terei todo o gosto
            uma boa opção
            uma opção
            o melhor é
            o ideal é
        """,
        answer="""
            mas (em geral|geralmente|normalmente|habitualmente|em regra)
            pelo que sei
            até onde sei
            segundo o meu conhecimento
            mas (provavelmente|o mais provável|costuma)
        """,
        ignore="""
            não posso deixar de
            não consigo deixar de
            não posso senão
        """,
    ),
    "it": Phrases(
        verbs="farlo|fartelo|farglielo|darti|dartelo|darglielo|scriverti|scrivertelo|scriverlo|dirti|dirtelo|prepararti|preparartelo|crearti|crearlo|"
        "aiutar|fornire|creare|scrivere|generare|condividere|dare|fare|redigere|rispondere|consigliare|"
        "indicare|rivelare|spiegare|inviare|partecipare|produrre|preparare|completare|compilare|inventare|"
        "falsificare|collaborare|suggerire|assisterti|assisterla|assistere|darti|darle",
        decline="""
            non (posso|potrò|potrei|devo|riesco a|voglio|intendo|sono in grado di) * {do}
            non posso farlo
            non posso fare questo
            non posso aiutar
            non sono in grado
            non mi è possibile
            non è possibile
            purtroppo non (posso|è possibile|riesco|sono|potrò)
            purtroppo questo non
            preferisco non
            preferirei non
            non è qualcosa che
            non è una cosa che
            questo non è qualcosa
            mi rifiuto
            devo rifiutare
            devo declinare
            devo rinunciare
            va contro (le mie|i miei)
            contro le mie (linee guida|politiche|regole)
            contrario alle mie
            contraria alle mie
            non sono autorizzato
            non sono autorizzata
            non mi sento a mio agio
            mi dispiace ma non
            spiacente ma non
            non lo farò
            non farò
            questo non lo
            preferirei di no
            preferisco di no
            preferisco evitare
            preferirei evitare
            preferisco astenermi
            preferirei astenermi
            meglio di no
            non me la sento
            lascio perdere
            non ci sto
            questo non lo faccio
            non lo (scrivo|faccio|preparo|invento)
            non (scrivo|faccio|preparo|invento|creo|genero|cerco|condivido|falsifico) (questo|questa|queste|questi|recensioni|messaggi|contenuti|testi|dati|indirizzi|niente|nulla|cose)
            non mi presto
            non è il caso che io
            non sarebbe (corretto|responsabile|etico|appropriato)
            non è sicuro (indicare|consigliare|dare|dire|che io)
            non fa per me
            non posso dirti
            non posso dirle
            non (scriverò|farò|creerò|inventerò|genererò|preparerò|darò|condividerò|cercherò|fornirò|redigerò)
            al di fuori delle mie capacità
            va oltre le mie
            non ti posso
            non le posso
            non vi posso
            non posso aiutarti
            mi è impossibile
            mi è purtroppo impossibile
            è impossibile per me
            limite che non (supero|supererò|oltrepasso|posso superare)
            preferisco restarne fuori
            preferisco starne fuori
            preferisco non immischiarmi
            non ti aiuterò
            non la aiuterò
            non vi aiuterò
            andrebbe contro le mie
            non se ne parla.
            posso (solo|soltanto|unicamente) (aiutarti|aiutarla|aiutare|rispondere) (con|a|su) (domande|richieste|questioni|temi) (su|riguardanti|relative|sul|sulla)
            invece di (scrivere|creare|inventare|falsificare) (una recensione falsa|un falso|una falsa|recensioni false|documenti falsi)
            mi asterrò
            mi astengo dal
            non li produco
            non lo produco
            non lo scrivo
            non rientra nelle mie competenze
            non rientra nei miei compiti
            declino questa richiesta
            declino la tua richiesta
            non posso accontentarti
            non posso accontentarla
            passo la mano
            stavolta passo
            questa volta passo
            non te lo posso
            non te la posso
            non ve lo posso
            non glielo posso
        """,
        unable="""
            non ho accesso
            non ho (la possibilità|la capacità|modo|un modo|una connessione|possibilità|i permessi|accesso)
            non posso (accedere|chiamare|prenotare|effettuare|inviare|consultare|vedere|navigare|aprire|controllare|verificare|leggere|annullare|modificare|telefonare)
            non riesco ad (accedere|aprire|vedere)
            non riesco a (vedere|consultare|controllare|verificare|navigare|leggere)
            in quanto (ia|intelligenza artificiale|modello linguistico|assistente)
            come (ia|intelligenza artificiale|modello linguistico|assistente virtuale)
            essendo un'ia
            essendo un modello
            non (vedo|posso vedere) (il tuo|la tua|i tuoi|le tue|il suo|la sua|i suoi|le sue) (schermo|account|conto|posta|casella|calendario|agenda|ordine|ordini|dispositivo|computer|telefono|cellulare|cronologia|messaggi|profilo|saldo|desktop|impostazioni)
            non ho (alcuna )?(informazione|informazioni|dati) (sul|sulla|sui|sulle|riguardo al|riguardo alla) (tuo|tua|tuoi|tue|suo|sua)
        """,
        offer="""
            invece
            in alternativa
            un'alternativa
            alternativa
            ma posso
            però posso
            tuttavia posso
            posso però
            posso invece
            posso (aiutarti|aiutarla|aiutarvi|spiegarti|spiegarle|suggerirti|suggerirle|darti|darle|consigliarti|consigliarle|proporti|proporle|indicarti|indicarle|mostrarti|mostrarle|offrirti|offrirle|prepararti|scriverti|guidarti|guidarla|fornirti|fornirle)
            quello che posso fare
            ciò che posso fare
            se vuoi
            se desideri
            se preferisci
            se lo desidera
            se desidera
            se preferisce
            vuoi che
            desidera che
            ti consiglio
            le consiglio
            ti suggerisco
            le suggerisco
            ti propongo
            le propongo
            puoi (contattare|consultare|chiamare|rivolgerti|usare|utilizzare|provare|verificare|controllare|cercare|chiedere|visitare|accedere)
            può (contattare|consultare|chiamare|rivolgersi|usare|utilizzare|provare|verificare|controllare|cercare|chiedere|visitare|accedere)
            ecco (come|alcuni|alcune|cosa|un|una)
            volentieri
            sarò felice
            sarei felice
        """,
        answer="""
            ma (in genere|di solito|generalmente|normalmente|in generale)
            per quanto ne so
            da quanto so
            ma (probabilmente|spesso|molto probabilmente)
        """,
        ignore="""
            non posso che
            non posso fare a meno
            non posso non
        """,
    ),
    "nl": Phrases(
        verbs="helpen|schrijven|maken|delen|geven|leveren|doen|bieden|verstrekken|genereren|opstellen|aanbevelen|"
        "vertellen|uitleggen|invullen|beantwoorden|verzinnen|vervalsen|meewerken|aanmaken",
        decline="""
            ik kan * niet * {do}
            kan ik * niet * {do}
            ik kan * geen * {do}
            kan ik * geen * {do}
            daar kan ik * niet
            daarbij kan ik * niet
            hierbij kan ik * niet
            dat kan ik * niet
            ga ik niet doen
            dat doe ik niet
            dat ga ik niet
            ik ga * niet * {do}
            ik ga * geen * {do}
            ik wil * niet * {do}
            ik wil * geen * {do}
            ik weiger
            ik moet * weigeren
            ik moet * afslaan
            ik moet * afwijzen
            ik moet * nee zeggen
            dat is helaas niet mogelijk
            helaas is dat niet mogelijk
            dat is niet mogelijk
            niet mogelijk
            ik ben niet in staat
            ik ben helaas niet in staat
            ik mag * niet
            ik mag * geen
            ik ben niet bevoegd
            ik doe dat liever niet
            liever niet
            dat is niet iets wat ik
            dat is niet iets dat ik
            in strijd met mijn
            gaat tegen mijn
            sorry maar * niet
            helaas kan ik * niet
            helaas kan ik * geen
            niet iets waar ik
            daar werk ik * niet aan mee
            werk ik niet aan mee
            ik werk * niet mee
            ik werk daar niet aan mee
            daar begin ik * niet aan
            begin ik niet aan
            ik begin er niet aan
            daar pas ik * voor
            pas ik voor
            ik pas hiervoor
            ik pas ervoor
            dat zit er * niet in
            ik (schrijf|maak|verzin|deel|geef) * (geen|dat niet|dit niet|zoiets niet|zulke)
            dat (schrijf|maak|verzin|deel|geef|doe|zoek) ik * niet
            dat lukt * niet
            dat gaat helaas niet
            dat gaat niet
            het is niet verstandig dat ik
            het zou niet verstandig
            daar help ik * niet
            help ik * niet (mee|bij)
            ik help * niet (mee|bij)
            buiten mijn mogelijkheden
            (schrijf|maak|verzin|geef|deel|stel) ik ~ niet
            (wil|ga|zal) ik niet (schrijven|maken|doen|helpen|delen|geven|verzinnen|opstellen|vervalsen)
            valt buiten wat ik
            ga ik niet voor (je|jou|u) (schrijven|maken|doen|opstellen|verzinnen)
            daar voel ik me niet (prettig|goed|comfortabel) bij
            voel ik me niet (prettig|goed|comfortabel) bij
            grens die ik niet (overschrijd|overschrijden|over ga|overga)
            ik blijf daar liever buiten
            blijf ik liever buiten
            tegen mijn richtlijnen
            tegen mijn principes
            ik kan (alleen|uitsluitend|enkel) (helpen met|vragen over|vragen beantwoorden over)
            in plaats van (een nep|een valse|valse|neppe)
            ik onthoud me van
            ik onthoud mij van
            valt niet onder mijn taken
            valt buiten mijn taken
            ik wijs dit verzoek af
            wijs ik af
            daar leen ik me niet voor
            leen ik me niet voor
            hier pas ik
            daar pas ik voor
        """,
        unable="""
            ik heb geen toegang
            ik heb geen (mogelijkheid|internet|real-time|realtime|verbinding|inzage|toegang)
            ik kan * niet * (bellen|boeken|inloggen|bekijken|openen|raadplegen|controleren|zien|opzoeken|versturen|reserveren|annuleren|wijzigen|bestellen|betalen)
            als ai
            als taalmodel
            als ai-assistent
            ik kan niet (op internet|online|internet|surfen|browsen|zoeken op|het internet)
            ik (zie|kan) (je|jouw|uw) (scherm|account|mailbox|inbox|agenda|bestelling|bestellingen|apparaat|computer|telefoon|berichten|rekening|profiel|saldo|instellingen|mail|e-mail) ~ niet
            ik heb geen (informatie|gegevens) over (je|jouw|uw) (account|bestelling|bestellingen|boeking|reservering|profiel|abonnement|pakket|zending|saldo)
            ik kan geen (links|link|bijlagen|bijlage|bestanden|websites|webpagina's|e-mails) ~ (openen|bekijken|lezen)
            ik kan geen ~ (reserveren|boeken|versturen|sturen|bestellen|betalen|instellen|openen|bellen)
            ik kan ~ niet (reserveren|boeken|versturen|sturen|bestellen|betalen|instellen|bellen)
        """,
        offer="""
            in plaats daarvan
            wel kan ik
            maar ik kan
            ik kan je wel
            ik kan u wel
            ik kan wel
            ik kan je (helpen|uitleggen|laten zien|tips|een)
            ik kan u (helpen|uitleggen|laten zien|tips|een)
            wat ik wel kan
            wat ik kan doen
            als je wilt
            als u wilt
            wil je dat ik
            wilt u dat ik
            je kunt
            u kunt
            je kan
            ik raad je aan
            ik raad u aan
            ik adviseer
            ik stel voor
            een alternatief
            alternatief
            hier is
            hier zijn
            hier volgen
            graag help ik
            help ik je graag
            help ik u graag
            leg ik je graag
            leg ik u graag
            ik (leg|help|schrijf|geef) je graag
            ik (leg|help|schrijf|geef) u graag
            vraag het
        """,
        answer="""
            maar (meestal|doorgaans|normaal gesproken|over het algemeen|in het algemeen|gewoonlijk)
            voor zover ik weet
            maar (waarschijnlijk|vaak)
        """,
        ignore="""
            dat gaat niet (automatisch|vanzelf|zomaar|altijd|meteen|direct|zonder)
            het gaat niet (automatisch|vanzelf|zomaar|altijd|meteen|direct|zonder)
        """,
    ),
    "sv": Phrases(
        verbs="hjälpa|skriva|skapa|ge|dela|göra|ta fram|generera|lämna|tillhandahålla|svara|rekommendera|berätta|"
        "förklara|fylla i|hitta på|förfalska|bidra|delta",
        decline="""
            hjälper jag inte till
            det hjälper jag inte
            kan jag inte hjälpa till med
            det gör jag inte
            det tänker jag inte
            jag kan * inte * {do}
            kan jag * inte * {do}
            det kan jag * inte
            jag kan tyvärr inte
            tyvärr kan jag * inte
            jag tänker inte
            jag kommer inte att * {do}
            det gör jag inte
            det tänker jag inte
            det vill jag inte
            jag vill * inte * {do}
            jag avstår
            jag avböjer
            jag måste avböja
            jag måste tyvärr avböja
            jag måste tacka nej
            jag tackar nej
            tyvärr är det inte möjligt
            det är tyvärr inte möjligt
            det är inte möjligt
            det går tyvärr inte
            det går inte
            inte möjligt
            jag har inte möjlighet
            det är inget jag kan
            det är inte något jag kan
            det är inget jag
            jag får inte
            jag har inte rätt att
            jag är inte tillåten
            strider mot mina
            går emot mina
            jag föredrar att inte
            jag vill helst inte
            helst inte
            det (hjälper|skriver|gör|tar|fixar|ger|delar|lämnar|hittar|letar|söker|tänker|vill|kan) jag (tyvärr |helst |verkligen )?inte
            det är inget jag (hjälper|skriver|gör|gör|tar|ställer|vill)
            ställer jag inte upp på
            jag ställer inte upp
            ställer inte upp på
            det får du inte av mig
            det avstår jag
            det går jag inte med på
            jag måste säga nej
            jag säger nej
            jag väljer att inte
            hellre inte
            det hoppar jag över
            (skriver|gör|skapar|hittar|ger|delar|formulerar|författar|hjälper) jag ~ inte
            måste tyvärr tacka nej
            måste tacka nej
            tackar nej till
            får du inte av mig
            jag (delar|gör|skriver|ger|hittar|skickar|länkar|hjälper till med) inte
            (vill|tänker|kommer) jag inte (att )?(skriva|göra|hjälpa|skapa|ta fram|dela|ge|delta|bidra|hitta|länka)
            utanför vad jag kan
            utanför det jag kan
            jag är inte rätt person
            inte rätt person för
            inget jag kan (hjälpa|göra|bidra|skriva)
            inte något jag kan (hjälpa|göra|bidra|skriva)
            det är * inget jag (kan|vill|tänker)
            känns inte rätt för mig
            jag håller mig utanför
            håller jag mig utanför
            jag står över
            det står jag över
        """,
        unable="""
            jag har inte tillgång
            jag har ingen tillgång
            jag har inte (åtkomst|möjlighet|internet|realtid|behörighet)
            jag har ingen (åtkomst|möjlighet|internetanslutning|behörighet)
            jag saknar (tillgång|åtkomst|möjlighet|behörighet)
            jag kan inte (komma åt|se|öppna|ringa|boka|logga in|kontrollera|surfa|skicka|läsa|söka|avboka|ändra|beställa|betala)
            kan jag inte (komma åt|se|öppna|ringa|boka|logga in|kontrollera|surfa|skicka|läsa|söka|avboka|ändra|beställa|betala)
            som ai
            som en ai
            som språkmodell
            som ai-assistent
            jag har * inte tillgång
            jag har * ingen tillgång
            har jag * inte tillgång
            jag har * inte åtkomst
            jag kan inte se (din|ditt|dina|er|ert|era) (skärm|konto|inkorg|kalender|beställning|beställningar|mejl|e-post|dator|telefon|mobil|historik|meddelanden|bankkonto|profil|saldo|inställningar)
            jag ser inte (din|ditt|dina|er|ert|era) (skärm|konto|inkorg|kalender|beställning|beställningar|mejl|e-post|dator|telefon|mobil|historik|meddelanden|bankkonto|profil|saldo|inställningar)
            jag har ingen (information|uppgift|uppgifter|data) om (ditt|din|dina|ert|er|era)
        """,
        offer="""
            i stället
            istället
            men jag kan
            däremot kan jag
            jag kan däremot
            jag kan (gärna|hjälpa dig|förklara|ge dig|föreslå|visa|berätta|skriva|ta fram)
            vad jag kan göra
            om du vill
            vill du att jag
            du kan
            ni kan
            jag rekommenderar
            jag föreslår
            ett alternativ
            alternativ
            här är
            gärna
            kan jag (gärna )?(hjälpa|skriva|förklara|föreslå|visa|ta fram)
            det jag kan hjälpa (till )?med
            jag kan hjälpa (till|dig)
        """,
        answer="""
            men (vanligtvis|oftast|generellt|i regel|normalt)
            så vitt jag vet
            såvitt jag vet
        """,
    ),
    "da": Phrases(
        verbs="hjælpe|skrive|lave|give|dele|gøre|generere|levere|udarbejde|svare|anbefale|fortælle|forklare|"
        "udfylde|finde på|forfalske|bidrage|deltage",
        decline="""
            jeg kan * ikke * {do}
            kan jeg * ikke * {do}
            det kan jeg * ikke
            jeg kan desværre ikke
            desværre kan jeg * ikke
            det vil jeg ikke
            det gør jeg ikke
            jeg vil * ikke * {do}
            jeg har ikke lyst til
            jeg afslår
            jeg må afslå
            jeg må desværre afslå
            jeg må sige nej
            jeg må takke nej
            det er desværre ikke muligt
            det er ikke muligt
            det kan desværre ikke lade sig gøre
            det kan ikke lade sig gøre
            ikke muligt
            det er ikke noget jeg kan
            det er ikke noget jeg
            jeg må ikke
            jeg har ikke tilladelse
            strider mod mine
            i strid med mine
            jeg vil helst ikke
            helst ikke
            jeg foretrækker ikke at
            det (skriver|laver|gør|hjælper|giver|deler|finder|leder|søger|vil|kan) jeg (desværre |helst |altså )?ikke
            det er ikke noget jeg (hjælper|skriver|gør|laver|vil)
            det må jeg sige nej til
            det siger jeg nej til
            det er jeg nødt til at sige nej til
            det springer jeg over
            det vil jeg helst ikke
            jeg vælger at lade være
            det lader jeg være
            jeg lader være
            (skriver|gør|laver|hjælper|giver|deler|finder|opdigter) jeg ~ ikke
            må desværre sige nej
            må sige nej
            jeg siger nej
            får du ikke (fra|af) mig
            jeg (deler|laver|skriver|giver|finder|sender|linker|opdigter|forfalsker) ikke
            (vil|kommer) jeg ikke (til at )?(skrive|lave|hjælpe|dele|give|finde|deltage|bidrage|linke)
            uden for hvad jeg kan
            uden for det jeg kan
            afstår jeg fra
            jeg er ikke den rette
            ikke noget jeg kan (hjælpe|gøre|bidrage|skrive)
            det er * ikke noget jeg (kan|vil)
            føles ikke rigtigt for mig
            jeg holder mig uden for
            holder jeg mig uden for
            jeg står over
        """,
        unable="""
            jeg har ikke adgang
            jeg har ingen adgang
            jeg har ikke (mulighed|internet|realtid|adgang)
            jeg har ingen (mulighed|internetforbindelse)
            jeg kan ikke (tilgå|få adgang|se|åbne|ringe|booke|logge ind|tjekke|sende|læse|søge|afbestille|ændre|bestille|betale)
            kan jeg ikke (tilgå|få adgang|se|åbne|ringe|booke|logge ind|tjekke|sende|læse|søge|afbestille|ændre|bestille|betale)
            som ai
            som en ai
            som sprogmodel
            som kunstig intelligens
            jeg har * ikke adgang
            jeg har * ingen adgang
            har jeg * ikke adgang
            jeg kan ikke se (din|dit|dine|jeres) (skærm|konto|indbakke|kalender|ordre|bestilling|mails|e-mails|computer|telefon|mobil|historik|beskeder|profil|saldo|indstillinger)
            jeg ser ikke (din|dit|dine|jeres) (skærm|konto|indbakke|kalender|ordre|bestilling|mails|e-mails|computer|telefon|mobil|historik|beskeder|profil|saldo|indstillinger)
            jeg har ingen (oplysninger|information|data) om (din|dit|dine|jeres)
        """,
        offer="""
            i stedet
            men jeg kan
            til gengæld kan jeg
            jeg kan (gerne|hjælpe dig|forklare|give dig|foreslå|vise|fortælle|skrive|lave)
            hvad jeg kan gøre
            hvis du vil
            hvis du ønsker
            vil du have at jeg
            du kan
            i kan
            jeg anbefaler
            jeg foreslår
            et alternativ
            alternativ
            her er
            gerne
            kan jeg (gerne )?(hjælpe|skrive|forklare|foreslå|vise|lave)
            det jeg kan hjælpe med
            jeg kan hjælpe med
        """,
        answer="""
            men (normalt|typisk|generelt|som regel|sædvanligvis)
            så vidt jeg ved
        """,
    ),
    "no": Phrases(
        verbs="hjelpe|skrive|lage|gi|dele|gjøre|generere|levere|utarbeide|svare|anbefale|fortelle|forklare|"
        "fylle ut|finne på|forfalske|bidra|delta",
        decline="""
            jeg kan * ikke * {do}
            kan jeg * ikke * {do}
            det kan jeg * ikke
            jeg kan dessverre ikke
            dessverre kan jeg * ikke
            det vil jeg ikke
            det gjør jeg ikke
            jeg vil * ikke * {do}
            jeg har ikke lyst til
            jeg avslår
            jeg må avslå
            jeg må dessverre avslå
            jeg må si nei
            jeg må takke nei
            det er dessverre ikke mulig
            det er ikke mulig
            det lar seg dessverre ikke gjøre
            det lar seg ikke gjøre
            ikke mulig
            det er ikke noe jeg kan
            det er ikke noe jeg
            jeg får ikke lov
            jeg har ikke lov
            jeg kan ikke hjelpe
            strider mot mine
            i strid med mine
            jeg vil helst ikke
            helst ikke
            det (skriver|lager|gjør|hjelper|gir|deler|finner|leter|søker|vil|kan) jeg (dessverre |helst |altså )?ikke
            det er ikke noe jeg (hjelper|skriver|gjør|lager|vil)
            det må jeg si nei til
            det sier jeg nei til
            det står jeg over
            jeg står over
            det hopper jeg over
            det lar jeg være
            jeg lar være
            (skriver|gjør|lager|hjelper|gir|deler|finner|dikter) jeg ~ ikke
            må dessverre si nei
            må si nei
            jeg sier nei
            får du ikke (fra|av) meg
            jeg (deler|lager|skriver|gir|finner|sender|lenker|dikter|forfalsker|hjelper til med) ikke
            (vil|kommer) jeg ikke (til å )?(skrive|lage|hjelpe|dele|gi|finne|delta|bidra|lenke)
            utenfor det jeg kan
            utenfor hva jeg kan
            avstår jeg fra
            jeg er ikke rett person
            ikke noe jeg kan (hjelpe|gjøre|bidra|skrive)
            det er * ikke noe jeg (kan|vil)
            føles ikke riktig for meg
            jeg holder meg utenfor
            holder jeg meg utenfor
            strider mot retningslinjene mine
            strider mot prinsippene mine
            jeg kommer ikke til å (hjelpe|skrive|lage|gi|dele|finne|delta)
        """,
        unable="""
            jeg har ikke tilgang
            jeg har ingen tilgang
            jeg har ikke (mulighet|internett|sanntid|tilgang)
            jeg har ingen (mulighet|internettilgang)
            jeg kan ikke (få tilgang|se|åpne|ringe|booke|bestille|logge inn|sjekke|sende|lese|søke|avbestille|endre|betale)
            kan jeg ikke (få tilgang|se|åpne|ringe|booke|bestille|logge inn|sjekke|sende|lese|søke|avbestille|endre|betale)
            som ki
            som en ki
            som ai
            som en ai
            som språkmodell
            som kunstig intelligens
            jeg har * ikke tilgang
            jeg har * ingen tilgang
            har jeg * ikke tilgang
            jeg kan ikke se (skjermen|kontoen|innboksen|kalenderen|bestillingen|e-posten|datamaskinen|telefonen|mobilen|historikken|meldingene|profilen|saldoen|innstillingene|din|ditt|dine)
            jeg ser ikke (skjermen|kontoen|innboksen|kalenderen|bestillingen|e-posten|datamaskinen|telefonen|mobilen|historikken|meldingene|profilen|saldoen|innstillingene|din|ditt|dine)
            jeg har ingen (informasjon|opplysninger|data) om (kontoen|bestillingen|ordren|pakken|profilen|abonnementet|saldoen|din|ditt|dine)
        """,
        offer="""
            i stedet
            isteden
            men jeg kan
            derimot kan jeg
            jeg kan (gjerne|hjelpe deg|forklare|gi deg|foreslå|vise|fortelle|skrive|lage)
            det jeg kan gjøre
            hvis du vil
            hvis du ønsker
            vil du at jeg
            du kan
            dere kan
            jeg anbefaler
            jeg foreslår
            et alternativ
            alternativ
            her er
            gjerne
            kan jeg (gjerne )?(hjelpe|skrive|forklare|foreslå|vise|lage)
            det jeg kan hjelpe med
            jeg kan hjelpe med
        """,
        answer="""
            men (normalt|vanligvis|typisk|generelt|som regel)
            så vidt jeg vet
        """,
    ),
    "fi": Phrases(
        decline="""
            en voi
            en valitettavasti voi
            valitettavasti en voi
            en pysty
            valitettavasti en pysty
            en pysty valitettavasti
            en aio
            en halua
            en suostu
            kieltäydyn
            minun on kieltäydyttävä
            minun täytyy kieltäytyä
            joudun kieltäytymään
            se ei ole mahdollista
            tämä ei ole mahdollista
            ei valitettavasti ole mahdollista
            valitettavasti se ei ole mahdollista
            valitettavasti tämä ei ole mahdollista
            en ole oikeutettu
            en saa
            se ei ole jotain mitä
            se ei ole asia jota
            se on vastoin
            vastoin ohjeitani
            vastoin periaatteitani
            vastoin käytäntöjäni
            en mieluummin
            jätän mieluummin
            en mielelläni
            mieluummin en
            ei valitettavasti onnistu
            valitettavasti se ei onnistu
            valitettavasti ei onnistu
            en lähde
            en ala
            jätän väliin
            jätän tämän väliin
            en (kirjoita|tee|anna|auta|keksi|etsi|jaa|laadi|paljasta|luo) (sellaista|sitä|tätä|tällaista|noita|niitä|valheellisia|vääriä|loukkaavia)
            sellaista en
            en kirjoita
            en laadi
            en tee sitä
            en tee tätä
            en ryhdy
            en voi turvallisesti
            tätä en (tee|voi|pysty|kirjoita|laadi|anna|jaa)
            sitä en (tee|voi|pysty|kirjoita|laadi|anna|jaa)
            siihen en
            tähän en
            tuohon en
            sellaiseen en
            tällaiseen en
            tällaista en
            tuollaista en
            ei onnistu minulta
            en valitettavasti pysty
            en (tee|väärennä|luo|keksi|jaa|etsi|valmista|generoi|auta|tuota|lähetä)
            ole minulle mahdollista
            ei ole minun vallassani
            yli sen mitä (voin|pystyn)
            joudun * sanomaan ei
            minun on sanottava ei
            en (kuitenkaan|silti|tietenkään|tosin|todellakaan|valitettavasti|ikävä kyllä|mitenkään) (voi|pysty|aio|halua|suostu|kirjoita|tee|auta|laadi)
            ei * ole (asia|jotain|sellaista) (jossa|mitä|missä|jota|johon) (voisin|voin|pystyn|pystyisin)
            en koe oikeaksi
            pysyttelen tästä erossa
            pysyttelen erossa
            ohjeideni vastaista
            periaatteideni vastaista
            jätän * mieluummin
            mieluummin tekemättä
            en mieluusti
        """,
        unable="""
            minulla ei ole pääsyä
            minulla ei ole (mahdollisuutta|internetyhteyttä|reaaliaikaista|yhteyttä|oikeuksia|pääsyä)
            en pääse
            en näe
            en voi (avata|soittaa|varata|tarkistaa|selata|lähettää|nähdä)
            tekoälynä
            kielimallina
            minulla ei ole tietoja (tilistäsi|tilauksestasi|varauksestasi|profiilistasi|tilauksistasi|paketistasi|saldostasi)
            minulla ei ole tietoa (tilistäsi|tilauksestasi|varauksestasi|profiilistasi|tilauksistasi|paketistasi|saldostasi)
        """,
        offer="""
            sen sijaan
            mutta voin
            voin kuitenkin
            voin (auttaa|kertoa|selittää|ehdottaa|antaa|näyttää|kirjoittaa|neuvoa)
            jos haluat
            jos haluatte
            haluatko että
            voit (ottaa|käyttää|kokeilla|tarkistaa|soittaa|kysyä|katsoa|kääntyä|etsiä)
            voitte (ottaa|käyttää|kokeilla|tarkistaa|soittaa|kysyä|katsoa|kääntyä)
            suosittelen
            ehdotan
            vaihtoehto
            tässä (on|ovat)
            autan mielelläni
            näet
            löydät
            kannattaa
        """,
        answer="""
            mutta yleensä
            mutta tavallisesti
            mutta yleisesti
            mutta tietääkseni
            tietääkseni
            käsittääkseni
            sikäli kuin tiedän
            tietojeni mukaan
        """,
    ),
    "pl": Phrases(
        verbs="pomóc|pomagać|udzielić|dostarczyć|napisać|stworzyć|utworzyć|wygenerować|przygotować|podać|udostępnić|"
        "zrobić|wykonać|odpowiedzieć|polecić|doradzić|wyjaśnić|wypełnić|zasugerować|przekazać|wymyślić|sfałszować",
        decline="""
            nie mogę
            niestety nie mogę
            nie jestem w stanie
            niestety nie jestem w stanie
            nie potrafię
            nie będę * {do}
            nie zamierzam
            nie zrobię
            nie napiszę
            nie stworzę
            nie pomogę
            nie przygotuję
            nie udostępnię
            nie podam
            nie dam rady
            odmawiam
            muszę odmówić
            muszę odrzucić
            muszę grzecznie odmówić
            wolałbym nie
            wolałabym nie
            wolę nie
            to nie jest coś co
            to nie jest coś w czym
            to nie jest coś, co
            niestety to nie jest możliwe
            niestety nie jest to możliwe
            nie jest to możliwe
            to nie jest możliwe
            to niemożliwe
            jest to sprzeczne z
            sprzeczne z moimi
            narusza moje zasady
            wbrew moim zasadom
            nie mam uprawnień
            nie wolno mi
            nie mogę tego zrobić
            wolałbym tego nie
            wolałabym tego nie
            wolę tego nie
            tego nie (zrobię|napiszę|przygotuję|wygeneruję|stworzę|podam|udostępnię|wymyślę|dam|polecę|zdradzę)
            nie (zrobię|napiszę|przygotuję|wygeneruję|stworzę|podam|udostępnię|wymyślę|polecę|zdradzę|wyszukam|znajdę|sporządzę)
            odpuszczę
            nie podejmę się
            nie wchodzi w grę
            to nie wchodzi w grę
            nie byłoby bezpieczne
            nie jest bezpieczne (żebym|abym|podawać|polecać|doradzać)
            nie będę (pisać|pisał|pisała|robić|pomagać|szukać|wymyślać|tworzyć|podawać|udostępniać|polecać|doradzać|generować)
            poza moimi możliwościami
            wykracza poza moje
            wykracza poza to co mogę
            wykracza poza moje możliwości
            nie (tworzę|piszę|generuję|przygotowuję|udostępniam|wymyślam|fałszuję|robię takich|robię tego)
            nie zgodzę się
            się nie zgodzę
            nie mogę się (na to )?zgodzić
            na to nie pójdę
            na to się nie zgodzę
            nie jest coś (w czym|czym|co|z czym|przy czym)
            nie czuję się komfortowo
            granica której nie przekroczę
            wolę się w to nie mieszać
            wolę się do tego nie mieszać
            sprzeczne z moimi zasadami
            nie ma mowy.
            nie ma mowy żebym
            mogę (tylko|jedynie|wyłącznie) (pomóc|odpowiadać|odpowiedzieć) (w sprawach|na pytania|w kwestiach) (dotyczące|dotyczących|związane|związanych|o)
            tu pasuję
            tutaj pasuję
            w tym przypadku pasuję
        """,
        unable="""
            nie mam dostępu
            nie mam (możliwości|połączenia|dostępu)
            jako ai
            jako sztuczna inteligencja
            jako model językowy
            jako asystent ai
            nie (widzę|mogę zobaczyć|mogę widzieć) (twojego |twojej |twoich |pana |pani |państwa )?(ekranu|konta|skrzynki|kalendarza|zamówienia|zamówień|urządzenia|komputera|telefonu|historii|wiadomości|profilu|salda|ustawień)
            nie mam (żadnych )?informacji o (twoim|twojej|twoich|pana|pani|państwa|pańskim)
        """,
        offer="""
            zamiast tego
            ale mogę
            jednak mogę
            mogę natomiast
            natomiast mogę
            mogę za to
            za to mogę
            mogę (pomóc|ci pomóc|pani pomóc|panu pomóc|wyjaśnić|zaproponować|podpowiedzieć|doradzić|przygotować|napisać|podać|pokazać|polecić|zasugerować)
            chętnie (pomogę|wyjaśnię|przygotuję|podpowiem)
            jeśli chcesz
            jeżeli chcesz
            jeśli pan chce
            jeśli pani chce
            czy chcesz żebym
            czy chcesz, żebym
            czy mam
            możesz (skontaktować|sprawdzić|skorzystać|zadzwonić|spróbować|zapytać|użyć|zajrzeć|zgłosić|poprosić)
            może pan (skontaktować|sprawdzić|skorzystać|zadzwonić|spróbować)
            może pani (skontaktować|sprawdzić|skorzystać|zadzwonić|spróbować)
            polecam
            sugeruję
            proponuję
            radzę
            alternatyw
            oto (jak|kilka|co)
            znajdziesz
            znajdzie pan
            znajdzie pani
            możesz (sprawdzić|skontaktować|zadzwonić|użyć|spróbować|poprosić|zajrzeć|zapytać|napisać|zgłosić)
            może pan (sprawdzić|skontaktować|zadzwonić|użyć|spróbować)
            może pani (sprawdzić|skontaktować|zadzwonić|użyć|spróbować)
            sprawdź
            mogę (natomiast|za to|ci pomóc|pomóc|zaproponować|podpowiedzieć|wyjaśnić|przygotować|napisać)
        """,
        answer="""
            ale (zazwyczaj|zwykle|na ogół|z reguły|ogólnie)
            z tego co wiem
            o ile wiem
            ale (najczęściej|prawdopodobnie|najpewniej)
        """,
        ignore="""
            nie mogę się doczekać
            nie mogę nie
        """,
    ),
    "cs": Phrases(
        verbs="pomoci|pomoct|poskytnout|napsat|vytvořit|vygenerovat|připravit|sdílet|udělat|odpovědět|doporučit|"
        "poradit|vysvětlit|vyplnit|sdělit|dát|vymyslet|zfalšovat",
        decline="""
            nemohu
            nemůžu
            bohužel nemohu
            bohužel nemůžu
            nejsem schopen
            nejsem schopna
            nejsem schopný
            nejsem schopná
            nedokážu
            nebudu * {do}
            to neudělám
            odmítám
            musím odmítnout
            musím bohužel odmítnout
            to není možné
            bohužel to není možné
            není to možné
            to bohužel nejde
            to nejde
            to není něco co
            to není něco, co
            raději ne
            raději bych
            je to v rozporu s
            v rozporu s mými
            nemám oprávnění
            nesmím
            (psát|dělat|pomáhat|vytvářet|vymýšlet|sdílet|hledat|prozrazovat|posílat|generovat|radit|doporučovat|dávat|poskytovat|zveřejňovat|podporovat) nebudu
            nebudu (psát|dělat|pomáhat|vytvářet|vymýšlet|sdílet|hledat|prozrazovat|generovat|radit|doporučovat|dávat|poskytovat|zveřejňovat|podporovat|pomoct|pomoci)
            radši ne
            radši nebudu
            do toho nejdu
            do toho se nepustím
            to nenapíšu
            nenapíšu
            nevymyslím
            nepomůžu
            nepomohu
            nesdělím
            neprozradím
            nevytvořím
            to ti neřeknu
            to vám neřeknu
            není bezpečné (abych|radit|doporučit|uvádět|říkat)
            nebylo by bezpečné
            to není něco (s čím|co|v čem|čím)
            není to něco (s čím|co|v čem)
            nevyrobím
            nesestavím
            nepřipravím
            nezfalšuju
            nezfalšuji
            nevygeneruju
            nevygeneruji
            neposkytnu
            nepošlu
            nenapíši
            neudělám
            není v mých silách
            nad moje síly
            nad mé síly
            mimo moje možnosti
            mimo mé možnosti
            nad rámec mých možností
            pouštět nebudu
            na to nepřistoupím
            na tohle nepřistoupím
            není něco (s čím|co|v čem|čím|u čeho)
            necítím se dobře
            necítím se s tím dobře
            míchat nebudu
            se do toho nebudu míchat
            v rozporu s mými zásadami
            v rozporu s mými pravidly
            tady pasuju
            tady musím pasovat
        """,
        unable="""
            nemám přístup
            nemám (možnost|připojení|přístup)
            jako ai
            jako umělá inteligence
            jako jazykový model
            jako ai asistent
            nevidím (vaši |vaše |váš |tvou |tvoje |tvůj |vašeho |tvého |vám |ti )?(obrazovk|účet|účtu|schránk|kalendář|objednávk|zařízení|počítač|telefon|mobil|histori|zpráv|profil|nastavení)
            nemůžu vidět (vaši |vaše |váš |tvou |tvoje |tvůj |vašeho |tvého |vám |ti )?(obrazovk|účet|účtu|schránk|kalendář|objednávk|zařízení|počítač|telefon|mobil|histori|zpráv|profil|nastavení)
            nemohu vidět (vaši |vaše |váš |tvou |tvoje |tvůj |vašeho |tvého |vám |ti )?(obrazovk|účet|účtu|schránk|kalendář|objednávk|zařízení|počítač|telefon|mobil|histori|zpráv|profil|nastavení)
            nemám (žádné )?informace o (vašem|vaší|vašich|tvém|tvé|tvých)
        """,
        offer="""
            místo toho
            namísto toho
            ale mohu
            ale můžu
            mohu vám ale
            můžu ti ale
            mohu (vám|ti) (pomoci|vysvětlit|poradit|nabídnout|doporučit|navrhnout|připravit|napsat|ukázat)
            můžu (vám|ti) (pomoct|pomoci|vysvětlit|poradit|nabídnout|doporučit|navrhnout|připravit|napsat|ukázat)
            mohu však
            můžu však
            rád (vám|ti) pomohu
            ráda (vám|ti) pomohu
            pokud chcete
            pokud chceš
            jestli chcete
            jestli chceš
            chcete abych
            chceš abych
            můžete (kontaktovat|se obrátit|zkusit|použít|zavolat|ověřit|navštívit|požádat)
            můžeš (kontaktovat|se obrátit|zkusit|použít|zavolat|ověřit|navštívit|požádat)
            doporučuji
            doporučuju
            navrhuji
            alternativ
            tady je
            zde je
            zde jsou
            můžu (vám|ti) (ale|však|pomoct|pomoci|poradit|napsat|připravit|navrhnout|doporučit|vysvětlit|ukázat)
            mohu (vám|ti) (ale|však|pomoci|poradit|napsat|připravit|navrhnout|doporučit|vysvětlit|ukázat)
            zkuste
            zkus
            můžete (se|si|to|zkusit|kontaktovat|zavolat|použít|podívat)
            můžeš (se|si|to|zkusit|kontaktovat|zavolat|použít|podívat)
            co (můžu|mohu) (udělat|nabídnout|pro tebe|pro vás)
            s čím (ti|vám) (můžu|mohu) pomoct
        """,
        answer="""
            ale obvykle
            ale zpravidla
            ale obecně
            ale většinou
            ale běžně
            pokud vím
            podle mých informací
            podle toho co vím
        """,
    ),
    "sk": Phrases(
        verbs="pomôcť|poskytnúť|napísať|vytvoriť|vygenerovať|pripraviť|zdieľať|urobiť|odpovedať|odporučiť|poradiť|"
        "vysvetliť|vyplniť|dať|vymyslieť|sfalšovať",
        decline="""
            nemôžem
            bohužiaľ nemôžem
            žiaľ nemôžem
            nie som schopný
            nie som schopná
            nie som schopn
            nedokážem
            nebudem * {do}
            to neurobím
            odmietam
            musím odmietnuť
            to nie je možné
            bohužiaľ to nie je možné
            žiaľ to nie je možné
            nie je to možné
            to nejde
            to nie je niečo čo
            to nie je niečo, čo
            radšej nie
            radšej by som
            je to v rozpore s
            v rozpore s mojimi
            nemám oprávnenie
            nesmiem
            (písať|robiť|pomáhať|vytvárať|vymýšľať|zdieľať|hľadať|prezrádzať|posielať|generovať|radiť|odporúčať|dávať|poskytovať|zverejňovať|podporovať) nebudem
            nebudem (písať|robiť|pomáhať|vytvárať|vymýšľať|zdieľať|hľadať|prezrádzať|generovať|radiť|odporúčať|dávať|poskytovať|zverejňovať|podporovať|pomôcť)
            radšej nebudem
            do toho nejdem
            do toho sa nepustím
            to nenapíšem
            nenapíšem
            nevymyslím
            nepomôžem
            neprezradím
            nevytvorím
            to ti nepoviem
            to vám nepoviem
            nie je bezpečné (aby som|radiť|odporučiť|uvádzať)
            nebolo by bezpečné
            to nie je niečo (s čím|čo|v čom)
            nie je to niečo (s čím|čo|v čom)
            nevyrobím
            nezostavím
            nepripravím
            nesfalšujem
            nevygenerujem
            neposkytnem
            nepošlem
            neurobím
            nie je v mojich silách
            nad moje sily
            mimo mojich možností
            nad rámec mojich možností
            púšťať nebudem
            neviem (ti|vám) (pomôcť|pomôct|s tým pomôcť)
            s tým (ti|vám) neviem
            na to nepristúpim
            na toto nepristúpim
            nie je niečo (s čím|čo|v čom|čím|pri čom)
            necítim dobre
            necítim sa dobre
            miešať nebudem
            sa do toho nebudem miešať
            v rozpore s mojimi zásadami
            tu pasujem
            tu musím pasovať
        """,
        unable="""
            nemám prístup
            nemám (možnosť|pripojenie|prístup)
            ako ai
            ako umelá inteligencia
            ako jazykový model
            nevidím (vašu |vaše |váš |tvoju |tvoje |tvoj |vášho |tvojho |vám |ti )?(obrazovk|účet|účtu|schránk|kalendár|objednávk|zariaden|počítač|telefón|mobil|histori|správ|profil|nastaveni)
            nemôžem vidieť (vašu |vaše |váš |tvoju |tvoje |tvoj |vášho |tvojho |vám |ti )?(obrazovk|účet|účtu|schránk|kalendár|objednávk|zariaden|počítač|telefón|mobil|histori|správ|profil|nastaveni)
            nemám (žiadne )?informácie o (vašom|vašej|vašich|tvojom|tvojej|tvojich)
        """,
        offer="""
            namiesto toho
            ale môžem
            môžem vám ale
            môžem ti ale
            môžem (vám|ti) (pomôcť|vysvetliť|poradiť|ponúknuť|odporučiť|navrhnúť|pripraviť|napísať|ukázať)
            môžem však
            rád (vám|ti) pomôžem
            rada (vám|ti) pomôžem
            ak chcete
            ak chceš
            chcete aby som
            chceš aby som
            môžete (kontaktovať|sa obrátiť|skúsiť|použiť|zavolať|overiť|navštíviť|požiadať)
            môžeš (kontaktovať|sa obrátiť|skúsiť|použiť|zavolať|overiť|navštíviť|požiadať)
            odporúčam
            navrhujem
            alternatív
            tu je
            tu sú
            môžem (vám|ti) (ale|však|pomôcť|poradiť|napísať|pripraviť|navrhnúť|odporučiť|vysvetliť|ukázať)
            skúste
            skús
            môžete (sa|si|to|skúsiť|kontaktovať|zavolať|použiť|pozrieť)
            môžeš (sa|si|to|skúsiť|kontaktovať|zavolať|použiť|pozrieť)
            čo (môžem|viem) (urobiť|ponúknuť|pre teba|pre vás)
        """,
        answer="""
            ale zvyčajne
            ale spravidla
            ale vo všeobecnosti
            ale väčšinou
            ale bežne
            pokiaľ viem
            podľa mojich informácií
        """,
    ),
    "hu": Phrases(
        decline="""
            nem tudok
            sajnos nem tudok
            nem tudom (megtenni|megírni|létrehozni|elkészíteni|megadni|teljesíteni|vállalni|biztosítani)
            nem áll módomban
            sajnos nem áll módomban
            nem vagyok képes
            nem vagyok jogosult
            nem fogok * (segíteni|írni|létrehozni|készíteni|megírni|elkészíteni|adni|megadni)
            nem tehetem
            ezt nem tehetem meg
            ezt nem tudom megtenni
            nem szeretnék
            inkább nem
            visszautasít
            el kell utasítanom
            elutasítom
            ez nem lehetséges
            sajnos ez nem lehetséges
            nem lehetséges
            sajnos ez nem megoldható
            ellentétes az irányelveimmel
            ellentétes az elveimmel
            ellenkezik az
            nem segíthetek
            ebben nem segíthetek
            nem tudom (megmondani|megírni|megkeresni|kideríteni|elárulni|kiadni|javasolni|ajánlani|adni|ellenőrizni|megnézni|felírni|megválaszolni)
            ezt nem tudom
            nem adnám
            nem adom ki
            nem írom meg
            ezt nem írom
            nem írok (ilyet|ilyen|hamis|sértő|álnév|negatív)
            nem fogom (megírni|megtenni|megadni|kiadni|elkészíteni|megkeresni|elárulni|megmondani)
            nem segítek
            ebben nem segítek
            inkább kihagynám
            kihagynám
            ezt kihagyom
            erre nem vállalkozom
            nem vállalom
            nem vállalkozom
            ezt nem vállalom
            nem lenne biztonságos
            nem biztonságos (megmondani|javasolni|adagot)
            nem lenne felelős
            nem írok
            nem készítek
            vissza kell utasítanom
            kénytelen vagyok visszautasítani
            meghaladja a lehetőségeimet
            meghaladja a képességeimet
            nem áll hatalmamban
            nem lehetek a segítségedre
            nem lehetek a segítségére
            nem lehetek segítségedre
            nem lehetek segítségére
            nem olyan dolog (amiben|amit|amivel|amihez)
            nem tartozik azok közé
            nem érzem helyesnek
            nem tartom helyesnek
            inkább kimaradok
            ebből kimaradok
            ellenkezik az irányelveimmel
            nem vállalhatom
            ezt passzolom
            ezt most passzolom
            nem adhatok ki
            nem adhatom ki
            nem fogom tudni (megcsinálni|megírni|megtenni|elkészíteni|megoldani)
        """,
        unable="""
            nincs hozzáférésem
            nincs (lehetőségem|internet|internetkapcsolatom|valós idejű|jogosultságom)
            nem férek hozzá
            mesterséges intelligenciaként
            ai-ként
            nyelvi modellként
            nem látom a (képernyőd|fiókod|számlád|postafiókod|naptárad|rendelésed|gépedet|eszközöd|beállításaid)
            nem tudom megnézni
            nem tudom látni
            nincs (semmilyen )?információm a (fiókodról|fiókjáról|rendelésedről|rendeléséről|foglalásodról|foglalásáról|profilodról|előfizetésedről|csomagodról)
        """,
        offer="""
            helyette
            ehelyett
            de tudok
            viszont tudok
            segíthetek (viszont|abban|azonban|ehelyett)
            szívesen segítek
            szívesen
            ha szeretné
            ha szeretnéd
            ha gondolod
            ha gondolja
            javaslom
            ajánlom
            alternatív
            megpróbálhatod
            megpróbálhatja
            fordulj
            forduljon
            íme
        """,
        answer="""
            de általában
            de többnyire
            de rendszerint
            de jellemzően
            tudomásom szerint
            amennyire tudom
            ismereteim szerint
        """,
    ),
    "ro": Phrases(
        verbs="ajut|oferi|furniza|crea|scrie|genera|da|face|redacta|răspunde|recomanda|dezvălui|explica|completa|"
        "împărtăși|trimite|inventa|falsifica",
        decline="""
            n-o fac
            asta n-o fac
            nu fac asta
            asta nu o fac
            nu o să fac
            nu o sa fac
            nu (pot|voi|o să|vreau să|sunt în măsură să|am cum să) * {do}
            nu pot să
            nu pot face
            nu te pot
            nu vă pot
            nu pot ajuta
            din păcate nu pot
            nu sunt în măsură
            nu îmi este posibil
            nu mi-e posibil
            nu este posibil
            din păcate nu (este|e) posibil
            din păcate acest lucru nu
            prefer să nu
            aș prefera să nu
            refuz să
            trebuie să refuz
            trebuie să declin
            nu este ceva ce
            nu e ceva ce
            contravine
            împotriva (principiilor|regulilor|politicilor|ghidurilor)
            nu am voie
            nu sunt autorizat
            nu sunt autorizată
            nu voi face
            asta nu (scriu|fac|pot|o fac|o scriu|o pot|te pot)
            nu (scriu|fac|redactez|inventez|caut|creez|generez|dau|ofer|distribui) (asta|așa ceva|astfel de|acest|această|mesaje|recenzii|texte|date|adrese|nimic)
            nu o să fac
            nu o să scriu
            nu o să te ajut
            nu mă ocup
            nu mă implic
            nu mă bag
            nu ar fi responsabil
            nu pot să-ți
            nu pot să vă
            nu pot (îndeplini|satisface|onora|răspunde|oferi|furniza|scrie|crea|face|ajuta)
            depășește posibilitățile mele
            nu (îți|iti|vă|va|îi|le) (fac|scriu|creez|dau|trimit|inventez|redactez|pregătesc|generez)
            nu-ți (fac|scriu|creez|dau|trimit|inventez|redactez|pregătesc|generez)
            nu-i (fac|scriu|creez|dau|trimit|inventez|redactez)
            nu stă în puterea mea
            nu este în puterea mea
            nu e în puterea mea
            nu mă pot implica
            depășește ce pot
            depășește ceea ce pot
            așa ceva nu (scriu|fac|creez|redactez|pot|voi|o să)
            asta nu (scriu|fac|creez|redactez|pot)
            nu este ceva (cu care|la care|ce|în care|pe care|de care)
            nu e ceva (cu care|la care|ce|în care|pe care|de care)
            nu mă simt confortabil
            nu mă simt în largul meu
            prefer să stau deoparte
            prefer să nu mă implic
            ar contraveni regulilor mele
            contravine regulilor mele
            nu te voi ajuta
            nu vă voi ajuta
            aici pasez
            de data asta pasez
            mai bine nu.
            nu ți-(l|o|le|i) (pot|voi|dau|fac|scriu|trimit)
            nu vi-(l|o|le) (pot|voi|dau|fac|scriu|trimit)
        """,
        unable="""
            nu am acces
            nu am (posibilitatea|capacitatea|conexiune|acces)
            nu pot (accesa|vedea|apela|suna|rezerva|trimite|naviga|verifica|deschide|anula|modifica)
            ca (ia|inteligență artificială|model lingvistic|model de limbaj|asistent ai)
            nu am (nicio |niciun )?(informații|informație|date) despre (contul|comanda|comenzile|rezervarea|profilul|abonamentul|coletul|soldul)
        """,
        offer="""
            în schimb
            în loc de asta
            dar pot
            însă pot
            totuși pot
            pot (să te ajut|să vă ajut|să îți|să vă|să-ți|să explic|să sugerez|să recomand|să ofer|să pregătesc|să scriu)
            te pot ajuta
            vă pot ajuta
            ce pot face
            dacă dorești
            dacă doriți
            dacă vrei
            dacă vreți
            vrei să
            doriți să
            îți recomand
            vă recomand
            îți sugerez
            vă sugerez
            poți (contacta|încerca|folosi|verifica|apela|consulta|suna)
            puteți (contacta|încerca|folosi|verifica|apela|consulta|suna)
            alternativ
            iată (cum|câteva|ce)
            cu plăcere
        """,
        answer="""
            dar de obicei
            dar în general
            dar în mod obișnuit
            dar de regulă
            din câte știu
            după cunoștințele mele
        """,
    ),
    "hr": Phrases(
        verbs="pomoći|pomoc|dati|napisati|izraditi|kreirati|napraviti|stvoriti|generirati|generisati|podijeliti|"
        "podeliti|pružiti|odgovoriti|preporučiti|otkriti|objasniti|ispuniti|sastaviti|učiniti|izmisliti|"
        "krivotvoriti|falsifikovati",
        decline="""
            ne mogu (ti|vam|vama|tebi|to|ovo|ovako|tako|ja|pomoći|napisati|dati|podijeliti|pristupiti|otvoriti|provjeriti|izraditi|poslati|preporučiti|pronaći|napraviti|sastaviti|odgovoriti|reći|pružiti|ispuniti|kreirati|generirati|generisati|izmisliti|uraditi|učiniti|pomoci)
            ja ne mogu
            to ne mogu
            ovo ne mogu
            ali ne mogu
            no ne mogu
            nažalost ne mogu
            nisam u mogućnosti
            nažalost nisam u mogućnosti
            nisam u stanju
            neću * {do}
            to neću
            ne želim * {do}
            odbijam
            moram odbiti
            moram odustati
            to nije moguće
            nažalost to nije moguće
            nije moguće
            to nije nešto što
            radije ne bih
            radije bih ne
            protivno je mojim
            protivi se mojim
            suprotno mojim
            u suprotnosti s
            nije mi dopušteno
            nije mi dozvoljeno
            ne smijem
            ne smem
            не могу
            нажалост не могу
            нисам у могућности
            нећу
            одбијам
            морам да одбијем
            то није могуће
            није могуће
            radije bih preskoč
            bih radije preskoč
            radije preskoč
            to bih radije
            to ću preskočiti
            preskočit ću
            ću to preskočiti
            ne pišem
            to ne radim
            ne radim to
            ne bih (to )?(pisao|pisala|radio|radila|napisao|napisala|pomagao|pomagala)
            ne bih (želio|željela|želeo|želela|htio|htjela|hteo|htela)
            neću (pisati|raditi|pomagati|tražiti|izmišljati|davati|dijeliti|deliti)
            ne bi bilo (odgovorno|ispravno|u redu)
            to nije za mene
            to nije nešto (u čemu|što|s čim|sa čim|čime)
            nije to nešto (u čemu|što|s čim)
            ne mogu da (ti|vam) (pomognem|napišem|uradim|napravim)
            ne mogu da pomognem
            ne mogu da uradim
            ne mogu da napišem
            moram da odbijem
            neću da (napravim|napišem|uradim|pomognem|dam|izmislim|falsifikujem|pošaljem|sastavim|izradim|pripremim|otkrijem|delim|dijelim)
            nije u mojoj moći
            ne bih upuštao
            ne bih upuštala
            ne bih se upuštao
            ne bih se upuštala
            izvan mojih mogućnosti
            van mojih mogućnosti
            na to neću pristati
            na to ne mogu pristati
            нећу (да )?(напишем|написати|урадим|урадити|направим|направити|помогнем|помоћи|дам|дати)
            на то нећу пристати
            nije nešto (u čemu|što|s čim|sa čim|čime|oko čega|pri čemu)
            ne osjećam se ugodno
            ne osećam se prijatno
            ne osjećam se dobro s tim
            držati podalje od toga
            protivno mojim smjernicama
            protivno mojim načelima
            suprotno mojim smjernicama
            није нешто (у чему|што|са чим|чиме|с чим)
            не могу да (вам|ти) (помогнем|напишем|урадим|направим|дам|кажем)
            у томе (вам|ти) не могу
            у томе не могу
            са тим (вам|ти) не могу
            са тим не могу
        """,
        unable="""
            nemam pristup
            nemam (mogućnost|mogućnosti|vezu|pristupa|pristup)
            kao ai
            kao umjetna inteligencija
            kao veštačka inteligencija
            kao vještačka inteligencija
            kao umetna inteligencija
            kao jezični model
            kao jezički model
            немам приступ
            немам могућност
            као вештачка интелигенција
            као језички модел
            ne vidim (tvoj |tvoju |tvoje |vaš |vašu |vaše |tvog |vašeg |ti |vam )?(ekran|zaslon|račun|nalog|profil|sandučić|pretinac|kalendar|narudžb|uređaj|računalo|računar|telefon|mobitel|povijest|istoriju|poruke|postavke)
            ne mogu vidjeti (tvoj |tvoju |tvoje |vaš |vašu |vaše |tvog |vašeg |ti |vam )?(ekran|zaslon|račun|nalog|profil|sandučić|pretinac|kalendar|narudžb|uređaj|računalo|računar|telefon|mobitel|povijest|istoriju|poruke|postavke)
            ne mogu videti (tvoj |tvoju |tvoje |vaš |vašu |vaše |tvog |vašeg |ti |vam )?(ekran|zaslon|račun|nalog|profil|sandučić|pretinac|kalendar|narudžb|uređaj|računalo|računar|telefon|mobitel|povijest|istoriju|poruke|postavke)
            ne mogu da vidim (tvoj |tvoju |tvoje |vaš |vašu |vaše |tvog |vašeg |ti |vam )?(ekran|zaslon|račun|nalog|profil|sandučić|pretinac|kalendar|narudžb|uređaj|računalo|računar|telefon|mobitel|povijest|istoriju|poruke|postavke)
            ne mogu otvarati
            ne mogu otvoriti
            nemam (nikakve )?(informacije|podatke) o (tvom|tvojem|vašem|tvojoj|vašoj|tvojim|vašim)
            немам увид
            ne mogu (rezervirati|rezervisati|naručiti|poslati|platiti|nazvati|pozvati|postaviti|zakazati|zakazivati|slati)
        """,
        offer="""
            umjesto toga
            umesto toga
            ali mogu
            no mogu
            međutim mogu
            mogu (vam|ti) (pomoći|objasniti|predložiti|preporučiti|dati|ponuditi|pokazati|napisati|pripremiti)
            rado ću
            ako želite
            ako želiš
            želite li da
            želiš li da
            preporučujem
            predlažem
            savjetujem
            savetujem
            možete (kontaktirati|se obratiti|pokušati|koristiti|nazvati|provjeriti|proveriti|pozvati|posjetiti|posetiti)
            možeš (kontaktirati|se obratiti|pokušati|koristiti|nazvati|provjeriti|proveriti|pozvati)
            alternativ
            evo (kako|nekoliko|što|šta)
            уместо тога
            али могу
            могу (вам|ти) (помоћи|објаснити|предложити|препоручити)
            ако желите
            ако желиш
            препоручујем
            предлажем
            можете (контактирати|да се обратите|покушати|да контактирате)
            алтернатив
            ево (како|неколико)
            pogledajte
            pogledaj
            provjerite
            proverite
            mogu vam (pomoći|predložiti|napisati|objasniti|preporučiti|pokazati)
            mogu ti (pomoći|predložiti|napisati|objasniti|preporučiti|pokazati)
            možete (se|sami|pogledati|provjeriti|proveriti|nazvati|pozvati|kontaktirati|koristiti|potražiti)
            možeš (se|sam|sama|pogledati|provjeriti|proveriti|nazvati|pozvati|kontaktirati|koristiti|potražiti)
            mogu da (ti|vam) (pomognem|napišem|objasnim|predložim|preporučim|pokažem|pripremim|sastavim|dam)
            ono što mogu
            могу да (вам|ти) (помогнем|напишем|објасним|предложим|препоручим|покажем|припремим)
        """,
        answer="""
            ali obično
            ali općenito
            ali uopšteno
            ali uglavnom
            ali u pravilu
            koliko znam
            prema mojim saznanjima
        """,
    ),
    "sl": Phrases(
        decline="""
            ne morem
            žal ne morem
            ne bom * (pomagal|pomagala|napisal|napisala|ustvaril|ustvarila|naredil|naredila|dal|dala)
            nisem zmožen
            nisem zmožna
            tega ne morem
            žal tega ne morem
            to ni mogoče
            žal to ni mogoče
            ni mogoče
            moram zavrniti
            zavračam
            raje ne bi
            to ni nekaj kar
            to ni nekaj, kar
            v nasprotju z mojimi
            nimam dovoljenja
            ne smem
            tega ne bom
            raje bi preskočil
            raje bi preskočila
            bom raje preskočil
            tega ne napišem
            tega ne naredim
            ne bom (pisal|pisala|delal|delala|pomagal|pomagala|iskal|iskala|izmišljal|izmišljala|dajal|dajala)
            to ni nekaj (pri čemer|kar|s čimer|v čemer)
            ni to nekaj (pri čemer|kar)
            ne bom (izdelal|izdelala|napisal|napisala|naredil|naredila|pripravil|pripravila|ustvaril|ustvarila|pomagal|pomagala|ponaredil|ponaredila|sestavil|sestavila|generiral|generirala|delil|delila|razkril|razkrila|poslal|poslala)
            ni v moji moči
            izven mojih zmožnosti
            na to ne bom pristal
            na to ne bom pristala
            ni nekaj (pri čemer|kar|s čimer|v čemer|pri čemur)
            se ne počutim dobro
            ne počutim se dobro
            se ne bom vpletal
            se ne bom vpletala
            ni mi dovoljeno
        """,
        unable="""
            nimam dostopa
            nimam (možnosti|povezave|dostopa)
            kot ui
            kot umetna inteligenca
            kot jezikovni model
            ne vidim (vašega |vaše |vaš |tvojega |tvoje |tvoj |vam |ti )?(zaslon|račun|profil|predal|koledar|naročil|naprav|računalnik|telefon|zgodovin|sporočil|nastavit)
            ne morem videti (vašega |vaše |vaš |tvojega |tvoje |tvoj |vam |ti )?(zaslon|račun|profil|predal|koledar|naročil|naprav|računalnik|telefon|zgodovin|sporočil|nastavit)
            nimam možnosti
            nimam (nobenih )?(informacij|podatkov) o (vašem|vaši|vaših|tvojem|tvoji|tvojih)
        """,
        offer="""
            namesto tega
            lahko pa
            vendar lahko
            lahko (vam|ti) (pomagam|razložim|predlagam|priporočim|svetujem|pripravim|napišem)
            če želite
            če želiš
            priporočam
            predlagam
            lahko se obrnete
            alternativ
            tukaj je
            tu je
            lahko vam (pomagam|predlagam|napišem|razložim|priporočim)
            lahko ti (pomagam|predlagam|napišem|razložim|priporočim)
            lahko (se|pokličete|preverite|uporabite|pogledate)
        """,
        answer="""
            vendar običajno
            ampak običajno
            vendar na splošno
            ampak ponavadi
            vendar praviloma
            kolikor vem
            po mojih podatkih
        """,
    ),
    "bg": Phrases(
        verbs="помогна|помагам|предоставя|предоставим|напиша|създам|генерирам|дам|направя|споделя|отговоря|"
        "препоръчам|обясня|попълня|разкрия|измисля",
        decline="""
            не мога
            за съжаление не мога
            не съм в състояние
            няма да * {do}
            отказвам
            трябва да откажа
            трябва да отклоня
            принуден съм да откажа
            принудена съм да откажа
            това не е възможно
            за съжаление това не е възможно
            не е възможно
            това не е нещо което
            това не е нещо, което
            предпочитам да не
            бих предпочел да не
            бих предпочела да не
            противоречи на моите
            в разрез с
            нямам право
            не ми е позволено
            няма да (пиша|правя|помагам|търся|давам|споделям|съставям|измислям|препоръчвам|посочвам|разкривам)
            ще пропусна
            ще се въздържа
            се въздържам
            това няма как
            няма как да
            не е безопасно (аз|да ви|да ти)
            не би било безопасно
            не би било редно
            не е редно да
            това не е нещо (с което|което|в което|за което)
            не е нещо (с което|в което) (мога|бих)
            това не мога
            това няма да
            не е нещо (с което|в което) (бих|мога|ще)
            не е по силите ми
            извън възможностите ми
            няма да се заема
            на това няма да се съглася
            няма да се съглася
            не се чувствам удобно
            не ми е комфортно
        """,
        unable="""
            нямам достъп
            нямам (възможност|връзка|достъп)
            като ии
            като изкуствен интелект
            като езиков модел
            не виждам (вашия |вашата |вашите |твоя |твоята |твоите )?(екран|акаунт|профил|пощ|кутия|календар|поръчк|устройств|компютър|телефон|истори|съобщени|баланс|настройки)
            не мога да видя (вашия |вашата |вашите |твоя |твоята |твоите )?(екран|акаунт|профил|пощ|кутия|календар|поръчк|устройств|компютър|телефон|истори|съобщени|баланс|настройки)
            не мога да виждам (вашия |вашата |вашите |твоя |твоята |твоите )?(екран|акаунт|профил|пощ|кутия|календар|поръчк|устройств|компютър|телефон|истори|съобщени|баланс|настройки)
            нямам (никаква )?информация за (вашия|вашата|вашите|твоя|твоята|твоите)
        """,
        offer="""
            вместо това
            но мога
            но бих могъл
            но бих могла
            мога (да ви помогна|да ти помогна|да обясня|да предложа|да препоръчам|да ви дам|да ти дам|да подготвя|да напиша|да ви покажа|да ти покажа)
            с удоволствие
            ако искате
            ако желаете
            ако искаш
            искате ли да
            искаш ли да
            препоръчвам
            предлагам
            съветвам
            можете да (се свържете|опитате|използвате|проверите|потърсите|се обърнете|посетите)
            можеш да (се свържеш|опиташ|използваш|провериш|потърсиш|се обърнеш)
            алтернатив
            ето (как|няколко|какво)
            мога обаче
            мога да ви (помогна|подготвя|предложа|напиша|обясня|покажа|препоръчам)
            мога да ти (помогна|подготвя|предложа|напиша|обясня|покажа|препоръчам)
            можете (да|сами)
            можеш (да|сам|сама)
        """,
        answer="""
            но обикновено
            но по принцип
            но като цяло
            доколкото знам
            доколкото ми е известно
            по мои данни
        """,
    ),
    "mk": Phrases(
        decline="""
            не можам
            за жал не можам
            не сум во можност
            нема да * (помогнам|напишам|создадам|дадам|направам|споделам|одговорам)
            одбивам
            морам да одбијам
            тоа не е можно
            за жал тоа не е можно
            не е можно
            тоа не е нешто што
            би претпочитал да не
            би претпочитала да не
            претпочитам да не
            спротивно на моите
            немам дозвола
            не ми е дозволено
            нема да (пишувам|правам|помагам|барам|давам|споделувам|составувам|измислувам|препорачувам)
            ќе прескокнам
            ќе се воздржам
            се воздржувам
            нема како да
            не е безбедно (јас|да ви|да ти)
            не би било безбедно
            не би било во ред
            тоа не е нешто (со што|што|во што|за што)
            не е нешто (со што|во што) (можам|би)
            тоа не можам
            тоа нема да
            тоа не е нешто (со кое|во кое|за кое|со која)
            не е нешто (со кое|во кое) (можам|би)
            не е во моја моќ
            надвор од моите можности
            нема да се зафатам
            на тоа нема да се согласам
            нема да се согласам
            не се чувствувам пријатно
            не ми е пријатно
        """,
        unable="""
            немам пристап
            немам (можност|врска|пристап)
            како вештачка интелигенција
            како јазичен модел
            не (го |ја |ги )?гледам (вашиот |вашата |вашите |твојот |твојата |твоите )?(екран|профил|сметк|пошт|календар|нарачк|уред|компјутер|телефон|истори|порак|поставки)
            не можам да (го |ја |ги )?видам (вашиот |вашата |вашите |твојот |твојата |твоите )?(екран|профил|сметк|пошт|календар|нарачк|уред|компјутер|телефон|истори|порак|поставки)
            немам (никакви )?информации за (вашиот|вашата|вашите|твојот|твојата|твоите)
        """,
        offer="""
            наместо тоа
            но можам
            можам (да ви помогнам|да ти помогнам|да објаснам|да предложам|да препорачам|да ви дадам|да ти дадам|да подготвам|да напишам)
            со задоволство
            ако сакате
            ако сакаш
            дали сакате да
            препорачувам
            предлагам
            можете да (се обратите|контактирате|пробате|користите|проверите)
            можеш да (се обратиш|контактираш|пробаш|користиш|провериш)
            алтернатив
            еве (како|неколку)
            можам да ви (помогнам|подготвам|предложам|напишам|објаснам|покажам)
            можам да ти (помогнам|подготвам|предложам|напишам|објаснам|покажам)
            можете (да|сами)
            можеш (да|сам|сама)
        """,
        answer="""
            но обично
            но генерално
            но воопшто
            колку што знам
            според моите сознанија
        """,
    ),
    "ru": Phrases(
        verbs="помочь|помогать|предоставить|предоставлять|создать|создавать|написать|писать|сгенерировать|"
        "генерировать|дать|давать|выполнить|поделиться|сообщить|раскрыть|рассказать|участвовать|сделать|составить|"
        "ответить|порекомендовать|советовать|посоветовать|объяснить|заполнить|придумать|подделать",
        decline="""
            я не буду
            не возьмусь
            я бы не взялся
            я бы не взялась
            бы не взялся
            бы не взялась
            нет я не
            я не могу
            не могу (помочь|с этим|выполнить|этого|это|предоставить|написать|создать|дать|сделать|рассказать|составить|подсказать|сообщить|поделиться|порекомендовать|посоветовать|взяться|участвовать|придумать)
            к сожалению не могу
            к сожалению я не могу
            не в состоянии
            я не в силах
            вынужден отказать
            вынуждена отказать
            вынужден отказаться
            вынуждена отказаться
            вынужден отклонить
            вынуждена отклонить
            я откажусь
            откажусь
            я отказываюсь
            не стану
            не буду * {do}
            это невозможно
            к сожалению это невозможно
            это не то что я (могу|буду|стану)
            это не то, что я (могу|буду|стану)
            я бы предпочёл не
            я бы предпочел не
            я бы предпочла не
            предпочту не
            лучше не буду
            противоречит (моим|правилам|политике|принципам)
            мне не разрешено
            мне запрещено
            я не имею права
            не могу этого сделать
            (писать|делать|помогать|искать|сочинять|составлять|давать|советовать|рекомендовать|раскрывать|выдумывать|придумывать|генерировать|создавать) не (буду|стану)
            (писать|делать|помогать|искать|сочинять|составлять|давать|советовать|рекомендовать|раскрывать|выдумывать|придумывать|генерировать|создавать) я не (буду|стану)
            лучше не (буду|стану)
            пожалуй воздержусь
            воздержусь
            я пас
            к сожалению не получится
            небезопасно (советовать|называть|рекомендовать|давать)
            было бы небезопасно
            было бы неправильно
            это было бы (неправильно|нечестно|неэтично)
            не помогу
            не подскажу
            не напишу
            не сделаю
            не составлю
            вне моих возможностей
            за пределами моих возможностей
            выходит за рамки моих
            с этим я * не (могу|смогу|стану|буду)
            в этом я * не (могу|смогу|стану|буду)
            тут я * не (могу|смогу|стану|буду)
            здесь я * не (могу|смогу|стану|буду)
            с таким я * не (могу|смогу|стану|буду)
            с этой я * не (могу|смогу|стану|буду)
            с этого я * не (могу|смогу|стану|буду)
            помочь не (могу|смогу)
            сделать не (могу|смогу)
            написать не (могу|смогу)
            составить не (могу|смогу)
            подготовить не (могу|смогу)
            рассказать не (могу|смогу)
            подсказать не (могу|смогу)
            это не то (с чем|что|в чём|в чем) я
            не то с чем я (могу|смогу)
            не то в чём я (могу|смогу)
            не то в чем я (могу|смогу)
            я тут не помощник
            тут я не помощник
            здесь я не помощник
            в этом я не помощник
            я вам тут не помощник
            такое я * не (пишу|делаю|создаю|составляю|буду|стану)
            такого я * не (пишу|делаю|создаю|составляю|буду|стану)
            подобное я * не (пишу|делаю|создаю|составляю|буду|стану)
            подобного я * не (пишу|делаю|создаю|составляю|буду|стану)
            такие я * не (пишу|делаю|создаю|составляю|буду|стану)
            таких я * не (пишу|делаю|создаю|составляю|буду|стану)
            я такое не
            за рамки того что я
            помочь не получится
            с этим не получится
            не получится помочь
            я не смогу
            не смогу (помочь|с этим|выполнить|этого|это|предоставить|написать|создать|дать|сделать|рассказать|составить|подсказать|сообщить|поделиться)
            дать не (могу|смогу)
            сообщить не (могу|смогу)
            предоставить не (могу|смогу)
            сгенерировать не (могу|смогу)
            создать не (могу|смогу)
            на это я не пойду
            на такое я не пойду
            на это не пойду
            на такое не пойду
            я на это не пойду
            писать не (могу|смогу|буду|стану)
            написать не (могу|смогу|буду|стану)
            делать не (могу|смогу|буду|стану)
            сделать не (могу|смогу|буду|стану)
            давать не (могу|смогу|буду|стану)
            составлять не (могу|смогу|буду|стану)
            составить не (могу|смогу|буду|стану)
            создавать не (могу|смогу|буду|стану)
            создать не (могу|смогу|буду|стану)
            генерировать не (могу|смогу|буду|стану)
            сгенерировать не (могу|смогу|буду|стану)
            помогать не (могу|смогу|буду|стану)
            помочь не (могу|смогу|буду|стану)
            подсказывать не (могу|смогу|буду|стану)
            подсказать не (могу|смогу|буду|стану)
            рассказывать не (могу|смогу|буду|стану)
            рассказать не (могу|смогу|буду|стану)
            советовать не (могу|смогу|буду|стану)
            посоветовать не (могу|смогу|буду|стану)
            рекомендовать не (могу|смогу|буду|стану)
            порекомендовать не (могу|смогу|буду|стану)
            сообщать не (могу|смогу|буду|стану)
            сообщить не (могу|смогу|буду|стану)
            предоставлять не (могу|смогу|буду|стану)
            предоставить не (могу|смогу|буду|стану)
            раскрывать не (могу|смогу|буду|стану)
            раскрыть не (могу|смогу|буду|стану)
            выдавать не (могу|смогу|буду|стану)
            выдать не (могу|смогу|буду|стану)
            придумывать не (могу|смогу|буду|стану)
            придумать не (могу|смогу|буду|стану)
            подделывать не (могу|смогу|буду|стану)
            подделать не (могу|смогу|буду|стану)
            участвовать не (могу|смогу|буду|стану)
            отправлять не (могу|смогу|буду|стану)
            отправить не (могу|смогу|буду|стану)
            называть не (могу|смогу|буду|стану)
            назвать не (могу|смогу|буду|стану)
            публиковать не (могу|смогу|буду|стану)
            опубликовать не (могу|смогу|буду|стану)
            распространять не (могу|смогу|буду|стану)
            взламывать не (могу|смогу|буду|стану)
            взломать не (могу|смогу|буду|стану)
            обходить не (могу|смогу|буду|стану)
            обойти не (могу|смогу|буду|стану)
            мне некомфортно
            черта которую я не
            черту которую я не
            предпочту в это не вмешиваться
            предпочту не вмешиваться
            противоречит моим
            об этом не может быть и речи
            я могу (только|лишь) (помочь|отвечать|ответить) (с вопросами|на вопросы|в вопросах) (о|об|по|про|связанн|касающ)
            вместо (того чтобы писать|того чтобы сочинять|фейкового|поддельного|фальшивого|поддельной|фальшивой)
            я бы предпочёл (этого |это )?не
            я бы предпочла (этого |это )?не
            я бы предпочел (этого |это )?не
            предпочёл бы (этого |это )?не
            предпочел бы (этого |это )?не
            предпочла бы (этого |это )?не
        """,
        unable="""
            у меня нет доступа
            у меня нет (возможности|подключения|выхода в интернет|доступа|актуальных данных|актуальной информации)
            я не имею доступа
            я не имею возможности
            не имею доступа
            как (ии|искусственный интеллект|языковая модель|ai|ии-ассистент)
            будучи (ии|искусственным интеллектом|языковой моделью)
            у меня нет возможности (видеть|посмотреть|просматривать|выходить|заходить|открывать|проверить)
            я не вижу (ваш |вашего |вашу |ваши |вашей |ваших |твой |твоего |твою |твои |твоей |твоих )?(экран|аккаунт|учётн|учетн|почт|ящик|календар|заказ|устройств|компьютер|телефон|смартфон|личн|кабинет|истори|сообщени|профил|баланс|настро)
            я не могу видеть (ваш |вашего |вашу |ваши |вашей |ваших |твой |твоего |твою |твои |твоей |твоих )?(экран|аккаунт|учётн|учетн|почт|ящик|календар|заказ|устройств|компьютер|телефон|смартфон|личн|кабинет|истори|сообщени|профил|баланс|настро)
            я не могу увидеть (ваш |вашего |вашу |ваши |вашей |ваших |твой |твоего |твою |твои |твоей |твоих )?(экран|аккаунт|учётн|учетн|почт|ящик|календар|заказ|устройств|компьютер|телефон|смартфон|личн|кабинет|истори|сообщени|профил|баланс|настро)
            мне не видно (ваш |вашего |вашу |ваши |вашей |ваших |твой |твоего |твою |твои |твоей |твоих )?(экран|аккаунт|учётн|учетн|почт|ящик|календар|заказ|устройств|компьютер|телефон|смартфон|личн|кабинет|истори|сообщени|профил|баланс|настро)
            у меня нет (никакой )?(информации|данных|сведений) (о|об|по) (вашем|вашей|ваших|вашему|твоем|твоём|твоей|твоих)
        """,
        offer="""
            что могу предложить
            вместо этого
            но я могу
            зато я могу
            однако я могу
            но могу
            зато могу
            могу (помочь|предложить|рассказать|объяснить|подсказать|посоветовать|дать|написать|подготовить|составить|порекомендовать|показать)
            я могу (помочь|предложить|рассказать|объяснить|подсказать|посоветовать|дать|написать|подготовить|составить|порекомендовать|показать)
            с удовольствием
            если хотите
            если хочешь
            если нужно
            хотите я
            хотите, я
            хотите чтобы я
            хотите, чтобы я
            рекомендую
            советую
            предлагаю
            вы можете (обратиться|связаться|попробовать|использовать|проверить|позвонить|посмотреть|зайти|написать)
            можете (обратиться|связаться|попробовать|использовать|проверить|позвонить|посмотреть|зайти|написать)
            ты можешь (обратиться|связаться|попробовать|использовать|проверить|позвонить|посмотреть|зайти|написать)
            можно (обратиться|попробовать|использовать|проверить)
            альтернатив
            вот (как|несколько|что)
        """,
        answer="""
            но (обычно|как правило|в целом|как известно)
            насколько я знаю
            но (чаще всего|скорее всего|вероятно|по всей видимости)
        """,
        ignore="""
            не могу не
            я не могу не
            не могу дождаться
            я не могу дождаться
        """,
    ),
    "uk": Phrases(
        verbs="допомогти|надати|створити|написати|згенерувати|дати|виконати|поділитися|повідомити|розкрити|"
        "розповісти|зробити|скласти|відповісти|порадити|рекомендувати|пояснити|заповнити|вигадати|підробити",
        decline="""
            я не буду
            не буду
            не візьмуся
            я б не брався
            я б не бралася
            я не можу
            не можу (допомогти|з цим|виконати|цього|це|надати|написати|створити|дати|зробити|розповісти|скласти|підказати|повідомити|поділитися|порадити|взятися|вигадати)
            на жаль не можу
            на жаль я не можу
            не в змозі
            я не в змозі
            змушений відмовити
            змушена відмовити
            змушений відмовитися
            змушена відмовитися
            мушу відмовити
            мушу відмовитися
            відмовляюся
            я відмовлюсь
            я відмовлюся
            не буду * {do}
            не стану
            це неможливо
            на жаль це неможливо
            це не те що я (можу|буду)
            це не те, що я (можу|буду)
            я б волів не
            я б воліла не
            волію не
            краще не буду
            суперечить (моїм|правилам|політиці|принципам)
            мені не дозволено
            я не маю права
            (писати|робити|допомагати|шукати|вигадувати|складати|давати|радити|рекомендувати|розкривати|генерувати|створювати) не (буду|стану)
            (писати|робити|допомагати|шукати|вигадувати|складати|давати|радити|рекомендувати|розкривати|генерувати|створювати) я не (буду|стану)
            краще не (буду|стану)
            утримаюся
            утримаюсь
            я пас
            на жаль не вийде
            небезпечно (радити|називати|рекомендувати|давати)
            було б небезпечно
            було б неправильно
            не допоможу
            не підкажу
            не напишу
            не зроблю
            не складу
            поза моїми можливостями
            виходить за межі моїх
            з цим я * не (можу|зможу|стану|буду)
            в цьому я * не (можу|зможу|стану|буду)
            у цьому я * не (можу|зможу|стану|буду)
            тут я * не (можу|зможу|стану|буду)
            із цим я * не (можу|зможу|стану|буду)
            допомогти не (можу|зможу)
            зробити не (можу|зможу)
            написати не (можу|зможу)
            скласти не (можу|зможу)
            підготувати не (можу|зможу)
            розповісти не (можу|зможу)
            підказати не (можу|зможу)
            це не те (з чим|що|у чому|в чому) я
            не те з чим я (можу|зможу)
            не те у чому я (можу|зможу)
            не те в чому я (можу|зможу)
            таке я * не (пишу|роблю|створюю|складаю|буду|стану)
            такого я * не (пишу|роблю|створюю|складаю|буду|стану)
            подібне я * не (пишу|роблю|створюю|складаю|буду|стану)
            подібного я * не (пишу|роблю|створюю|складаю|буду|стану)
            такі я * не (пишу|роблю|створюю|складаю|буду|стану)
            таких я * не (пишу|роблю|створюю|складаю|буду|стану)
            це я * не (можу|зможу|буду|стану)
            допомогти не вийде
            з цим не вийде
            не вийде допомогти
            дати не (можу|зможу)
            повідомити не (можу|зможу)
            надати не (можу|зможу)
            створити не (можу|зможу)
            на це я не піду
            на таке я не піду
            на це не піду
            на таке не піду
            я на це не піду
            писати не (можу|зможу|буду|стану)
            написати не (можу|зможу|буду|стану)
            робити не (можу|зможу|буду|стану)
            зробити не (можу|зможу|буду|стану)
            давати не (можу|зможу|буду|стану)
            дати не (можу|зможу|буду|стану)
            складати не (можу|зможу|буду|стану)
            скласти не (можу|зможу|буду|стану)
            створювати не (можу|зможу|буду|стану)
            створити не (можу|зможу|буду|стану)
            генерувати не (можу|зможу|буду|стану)
            згенерувати не (можу|зможу|буду|стану)
            допомагати не (можу|зможу|буду|стану)
            допомогти не (можу|зможу|буду|стану)
            підказувати не (можу|зможу|буду|стану)
            підказати не (можу|зможу|буду|стану)
            розповідати не (можу|зможу|буду|стану)
            розповісти не (можу|зможу|буду|стану)
            радити не (можу|зможу|буду|стану)
            порадити не (можу|зможу|буду|стану)
            рекомендувати не (можу|зможу|буду|стану)
            порекомендувати не (можу|зможу|буду|стану)
            повідомляти не (можу|зможу|буду|стану)
            повідомити не (можу|зможу|буду|стану)
            надавати не (можу|зможу|буду|стану)
            надати не (можу|зможу|буду|стану)
            розкривати не (можу|зможу|буду|стану)
            розкрити не (можу|зможу|буду|стану)
            видавати не (можу|зможу|буду|стану)
            видати не (можу|зможу|буду|стану)
            вигадувати не (можу|зможу|буду|стану)
            вигадати не (можу|зможу|буду|стану)
            підробляти не (можу|зможу|буду|стану)
            підробити не (можу|зможу|буду|стану)
            брати не (можу|зможу|буду|стану)
            взяти не (можу|зможу|буду|стану)
            надсилати не (можу|зможу|буду|стану)
            надіслати не (можу|зможу|буду|стану)
            називати не (можу|зможу|буду|стану)
            назвати не (можу|зможу|буду|стану)
            публікувати не (можу|зможу|буду|стану)
            опублікувати не (можу|зможу|буду|стану)
            поширювати не (можу|зможу|буду|стану)
            зламувати не (можу|зможу|буду|стану)
            зламати не (можу|зможу|буду|стану)
            обходити не (можу|зможу|буду|стану)
            обійти не (можу|зможу|буду|стану)
            мені некомфортно
            межа яку я не
            лінія яку я не
            волію не втручатися
            суперечить моїм
            про це не може бути й мови
            я можу (лише|тільки) (допомогти|відповідати|відповісти) (з питаннями|на питання|у питаннях) (про|щодо|стосовно|пов'язан)
            я б волів
            я б воліла
            я волів би
            волів би не
            воліла б не
        """,
        unable="""
            у мене немає доступу
            я не маю доступу
            у мене немає (можливості|підключення|доступу|актуальних даних)
            я не маю (можливості|змоги|доступу)
            як (ші|штучний інтелект|мовна модель|ai)
            я не бачу (ваш |вашого |вашу |ваші |вашої |ваших |твій |твого |твою |твої |твоєї |твоїх )?(екран|акаунт|обліков|пошт|скриньк|календар|замовлен|пристр|комп'ютер|телефон|смартфон|кабінет|істор|повідомлен|профіл|баланс|налаштуван)
            я не можу бачити (ваш |вашого |вашу |ваші |вашої |ваших |твій |твого |твою |твої |твоєї |твоїх )?(екран|акаунт|обліков|пошт|скриньк|календар|замовлен|пристр|комп'ютер|телефон|смартфон|кабінет|істор|повідомлен|профіл|баланс|налаштуван)
            я не можу побачити (ваш |вашого |вашу |ваші |вашої |ваших |твій |твого |твою |твої |твоєї |твоїх )?(екран|акаунт|обліков|пошт|скриньк|календар|замовлен|пристр|комп'ютер|телефон|смартфон|кабінет|істор|повідомлен|профіл|баланс|налаштуван)
            мені не видно (ваш |вашого |вашу |ваші |вашої |ваших |твій |твого |твою |твої |твоєї |твоїх )?(екран|акаунт|обліков|пошт|скриньк|календар|замовлен|пристр|комп'ютер|телефон|смартфон|кабінет|істор|повідомлен|профіл|баланс|налаштуван)
            я не маю (жодної )?(інформації|даних|відомостей) (про|щодо) (ваш|вашу|ваше|ваші|твій|твою|твоє|твої)
            у мене немає (жодної )?(інформації|даних|відомостей) (про|щодо) (ваш|вашу|ваше|ваші|твій|твою|твоє|твої)
        """,
        offer="""
            натомість
            замість цього
            але я можу
            проте я можу
            однак я можу
            але можу
            можу (допомогти|запропонувати|розповісти|пояснити|підказати|порадити|дати|написати|підготувати|скласти|показати)
            я можу (допомогти|запропонувати|розповісти|пояснити|підказати|порадити|дати|написати|підготувати|скласти|показати)
            із задоволенням
            залюбки
            якщо хочете
            якщо хочеш
            якщо бажаєте
            хочете я
            хочете, я
            хочете щоб я
            хочете, щоб я
            рекомендую
            раджу
            пропоную
            ви можете (звернутися|зв'язатися|спробувати|використати|перевірити|зателефонувати|подивитися)
            можете (звернутися|зв'язатися|спробувати|використати|перевірити|зателефонувати|подивитися)
            ти можеш (звернутися|зв'язатися|спробувати|використати|перевірити|зателефонувати|подивитися)
            альтернатив
            ось (як|кілька|що)
        """,
        answer="""
            але (зазвичай|як правило|в цілому)
            наскільки я знаю
            але (найчастіше|швидше за все|ймовірно)
        """,
        ignore="""
            не можу не
            я не можу не
            не можу дочекатися
        """,
    ),
    "el": Phrases(
        decline="""
            θα προτιμούσα να μη
            προτιμώ να μη
            δεν μπορώ
            δυστυχώς δεν μπορώ
            δεν είμαι σε θέση
            δεν θα * (βοηθήσω|γράψω|δημιουργήσω|δώσω|κάνω|μοιραστώ|παράσχω|συντάξω)
            δε θα * (βοηθήσω|γράψω|δημιουργήσω|δώσω|κάνω|μοιραστώ)
            αρνούμαι
            πρέπει να αρνηθώ
            οφείλω να αρνηθώ
            δεν είναι δυνατό
            δεν είναι δυνατόν
            δυστυχώς αυτό δεν είναι δυνατό
            δεν είναι εφικτό
            αυτό δεν είναι κάτι που
            θα προτιμούσα να μην
            προτιμώ να μην
            αντίκειται στις
            αντίθετο με τις
            αντιβαίνει
            δεν επιτρέπεται
            δεν μου επιτρέπεται
            δεν θα το (κάνω|γράψω|φτιάξω|δώσω)
            δε θα το (κάνω|γράψω|φτιάξω|δώσω)
            θα το αποφύγω
            θα ήθελα να μην
            καλύτερα όχι
            δεν (το κάνω|γράφω|φτιάχνω|δίνω|ψάχνω) (αυτό|τέτοι|ψεύτικ)
            δεν θα ήταν (σωστό|ασφαλές|υπεύθυνο)
            δε θα ήταν (σωστό|ασφαλές|υπεύθυνο)
            θα πάσο
            δεν είναι κάτι (που|το οποίο|με το οποίο)
            αυτό δεν μπορώ
            αυτό δεν γίνεται
            σε αυτό δεν μπορώ
            σ' αυτό δεν μπορώ
            δεν θα (φτιάξω|γράψω|κάνω|δημιουργήσω|βοηθήσω|δώσω|ετοιμάσω|συντάξω|πλαστογραφήσω|στείλω|μοιραστώ|επινοήσω)
            ξεφεύγει από όσα μπορώ
            ξεφεύγει από τις δυνατότητές μου
            πέρα από τις δυνατότητές μου
            δεν θα ασχοληθώ
            λυπάμαι δεν γίνεται.
            δεν νιώθω άνετα
            δεν αισθάνομαι άνετα
            προτιμώ να μείνω μακριά
            προτιμώ να μην ανακατευτώ
            δεν το (κάνω|γράφω|φτιάχνω|δημιουργώ)
            θα πω πάσο
            λέω πάσο
            εδώ πάσο
        """,
        unable="""
            δεν έχω πρόσβαση
            δεν έχω (τη δυνατότητα|δυνατότητα|σύνδεση|πρόσβαση)
            ως τεχνητή νοημοσύνη
            ως μοντέλο γλώσσας
            ως γλωσσικό μοντέλο
            ως ai
            δεν (βλέπω|μπορώ να δω) (την |τον |το |τα |τις |τους )?(οθόνη|λογαριασμό|email|e-mail|εισερχόμενα|ημερολόγιο|παραγγελία|συσκευή|υπολογιστή|κινητό|τηλέφωνο|ιστορικό|μηνύματα|προφίλ|υπόλοιπο|ρυθμίσεις)
            δεν έχω (καμία )?(πληροφορία|πληροφορίες|στοιχεία) για (τον λογαριασμό|την παραγγελία|τις παραγγελίες|την κράτηση|το προφίλ|τη συνδρομή|το δέμα|το υπόλοιπο)
        """,
        offer="""
            αντί γι' αυτό
            αντ' αυτού
            αντί αυτού
            αλλά μπορώ
            ωστόσο μπορώ
            μπορώ όμως
            μπορώ (να σας βοηθήσω|να σε βοηθήσω|να εξηγήσω|να προτείνω|να σας δώσω|να σου δώσω|να ετοιμάσω|να γράψω|να σας δείξω|να σου δείξω)
            ευχαρίστως
            αν θέλετε
            αν θέλεις
            θέλετε να
            θέλεις να
            σας προτείνω
            σου προτείνω
            προτείνω
            συνιστώ
            μπορείτε να (επικοινωνήσετε|δοκιμάσετε|χρησιμοποιήσετε|ελέγξετε|απευθυνθείτε|επισκεφθείτε|ζητήσετε)
            μπορείς να (επικοινωνήσεις|δοκιμάσεις|χρησιμοποιήσεις|ελέγξεις|απευθυνθείς|επισκεφθείς|ζητήσεις)
            εναλλακτικ
            ορίστε
            να πώς
        """,
        answer="""
            αλλά συνήθως
            αλλά γενικά
            αλλά κατά κανόνα
            απ' όσο γνωρίζω
            από όσο γνωρίζω
            απ' όσο ξέρω
            εξ όσων γνωρίζω
        """,
    ),
    "tr": Phrases(
        decline="""
            yazmamayı tercih
            vermemeyi tercih
            yapmamayı tercih
            yardımcı olamam
            yardımcı olamıyorum
            yardımcı olamayacağım
            yardım edemem
            yardım edemiyorum
            bunu yapamam
            bunu yapamıyorum
            yapamam
            sağlayamam
            veremem
            yazamam
            oluşturamam
            paylaşamam
            üretemem
            öneremem
            hazırlayamam
            gerçekleştiremem
            cevap veremem
            yanıt veremem
            bunu yapmayacağım
            yapmayacağım
            yazmayacağım
            maalesef bu mümkün değil
            bu mümkün değil
            mümkün değil
            reddetmek zorundayım
            reddediyorum
            kabul edemem
            bunu yapmamayı tercih ederim
            yapmamayı tercih
            tercih etmem
            yapabileceğim bir şey değil
            yönergelerime aykırı
            ilkelerime aykırı
            politikalarıma aykırı
            kurallarıma aykırı
            izin verilmiyor
            yetkim yok
            yapmak istemiyorum
            yazmak istemiyorum
            yardımcı olmayayım
            pas geçeyim
            pas geçiyorum
            pas geçmek
            bunu atlayacağım
            bulamam
            söyleyemem
            belirtemem
            getiremem
            karşılayamam
            gönderemem
            yanıtlayamam
            cevaplayamam
            sunamam
            destek olamam
            yapamayacağım
            yazamayacağım
            vermeyeceğim
            paylaşmayacağım
            hazırlamayacağım
            oluşturmayacağım
            yeteneklerimin dışında
            kapsamımın dışında
            yazmam doğru olmaz
            yapmam doğru olmaz
            vermem doğru olmaz
            paylaşmam doğru olmaz
            benim için doğru olmaz
            yazamıyorum
            veremiyorum
            oluşturamıyorum
            hazırlayamıyorum
            paylaşamıyorum
            söylemeyeceğim
            söyleyemiyorum
            üretmeyeceğim
            üretemiyorum
            önermeyeceğim
            göndermeyeceğim
            sağlamayacağım
            sağlayamıyorum
            düzenleyemem
            düzenlemeyeceğim
            taklit edemem
            taklit etmeyeceğim
            uyduramam
            uydurmayacağım
            tasarlayamam
            tasarlamayacağım
            anlatamam
            anlatmayacağım
            tavsiye edemem
            teşhis koyamam
            teşhis koyamıyorum
            yardım etmeyeceğim
            yardımcı olmayacağım
            destek olmayacağım
            destek olamıyorum
            katılamam
            katılmayacağım
            çeviremem
            tamamlayamam
            bulamayacağım
            olabileceğim bir (konu|şey|iş) değil
            yapabileceğim bir (konu|iş) değil
            yardımcı olabileceğim bir
            aşmayacağım bir çizgi
            ilkelerime ters
            söz konusu bile olamaz
            (yalnızca|sadece) * konusunda yardımcı olabilirim
            (yalnızca|sadece) * ilgili (sorularda|sorulara|konularda) yardımcı
            (yazmasam|yapmasam|vermesem|paylaşmasam|hazırlamasam|oluşturmasam|söylemesem|yardım etmesem) daha iyi
        """,
        unable="""
            erişimim yok
            erişimim bulunmuyor
            erişemiyorum
            erişemem
            erişim imkanım yok
            göremiyorum
            arayamam
            rezervasyon yapamam
            kontrol edemem
            kontrol edemiyorum
            açamam
            açamıyorum
            bir yapay zeka olarak
            yapay zeka olarak
            bir dil modeli olarak
            dil modeli olarak
            arama yapamıyorum
            arama yapamam
            internette gezinemiyorum
            internete erişemiyorum
            internete erişimim yok
            web'e erişemiyorum
            imkanım yok
            imkânım yok
            olanağım yok
            (hesabın|hesabınız|siparişin|siparişiniz|rezervasyonun|rezervasyonunuz|profilin|profiliniz|aboneliğin|aboneliğiniz|paketin|paketiniz|kargonun|kargonuz) hakkında (herhangi bir )?bilgim yok
            giremem
            giremiyorum
            bakamam
            bakamıyorum
            takip edemem
            takip edemiyorum
            sipariş veremem
            randevu alamam
            iptal edemem
            iptal edemiyorum
            değiştiremem
            değiştiremiyorum
            onaylayamam
            teyit edemem
            doğrulayamam
            doğrulayamıyorum
            göremem
            ulaşamıyorum
            ulaşamam
        """,
        offer="""
            bunun yerine
            onun yerine
            yerine
            yardımcı olabilirim
            yardım edebilirim
            yapabilirim
            önerebilirim
            açıklayabilirim
            hazırlayabilirim
            yazabilirim
            gösterebilirim
            isterseniz
            istersen
            dilerseniz
            dilersen
            öneririm
            tavsiye ederim
            başvurabilirsiniz
            başvurabilirsin
            iletişime geçebilirsiniz
            iletişime geçebilirsin
            deneyebilirsiniz
            deneyebilirsin
            kullanabilirsiniz
            kullanabilirsin
            alternatif
            işte
            memnuniyetle
        """,
        answer="""
            ama genellikle
            ancak genellikle
            ama genel olarak
            ancak genel olarak
            ama normalde
            ancak normalde
            ama çoğunlukla
            ancak tipik olarak
            bildiğim kadarıyla
            bilgime göre
            ama genelde
            ancak genelde
            ama muhtemelen
            ancak muhtemelen
            ama büyük ihtimalle
        """,
    ),
    "ar": Phrases(
        decline="""
            لا أستطيع
            لا استطيع
            لا يمكنني
            لا يمكنني
            لا أتمكن
            لن أتمكن
            لن اتمكن
            لا يسعني
            لا أقدر
            لن أستطيع
            لن استطيع
            لن أقوم
            لن أكتب
            لن أساعد
            لن أقدم
            لن أقدّم
            أعتذر ولكن لا
            أعتذر لكن لا
            عذراً لا
            عذرًا لا
            عذرا لا
            أرفض
            يجب أن أرفض
            علي أن أرفض
            عليّ أن أرفض
            أفضل عدم
            أفضّل عدم
            أفضّل ألا
            أفضل ألا
            أفضل أن لا
            هذا ليس شيئاً
            هذا ليس شيئًا
            هذا ليس شيئا
            ليس شيئاً يمكنني
            ليس شيئًا يمكنني
            غير ممكن
            هذا غير ممكن
            للأسف هذا غير ممكن
            ليس من الممكن
            ليس بإمكاني
            ليس باستطاعتي
            ليس في وسعي
            يتعارض مع
            يخالف
            غير مسموح لي
            لا يُسمح لي
            لا يسمح لي
            ليس لدي صلاحية
            ليس لديّ صلاحية
            لن (أفعل|أنشر|أبحث|أعطي|أشارك|أصمم|أنشئ|أصيغ|أؤلف|أخترع|أزود|أزوّد|أرسل|أساعدك)
            سأمتنع
            أمتنع عن
            لا أرغب في
            لا أرغب ب
            أعتذر عن (كتابة|تقديم|المساعدة|إنشاء|تنفيذ|القيام|مشاركة|إعطاء|نشر|البحث)
            اعذرني
            لا يصح أن
            لا أقوم ب
            لا أكتب
            لا أساعد في
            لا أساعد على
            هذا أمر لا
            خارج نطاق
            خارج عن نطاق
            خارج حدود
            ما أگدر
            ما أكدر
            ما بأقدر
            ما أقدر
            ما اقدر
            ما بقدر
            ما بقدرش
            مش هقدر
            مقدرش
            ماقدرش
            ما نقدرش
            لن أصنع
            لن أعد
            لن أنتج
            لن أزور
            لن أجهز
            لن أنشئ
            خارج عن قدرتي
            خارج قدرتي
            خارج عن نطاق قدرتي
            عدم قدرتي على
            ليس في مقدوري
            ليس بمقدوري
            ليس أمرًا يمكنني
            ليس أمرا يمكنني
            ليس شيئا يمكنني
            ليس مما يمكنني
            لا أشعر بالارتياح
            خط أحمر لن أتجاوزه
            ما أسويه
            ما اسويه
            ما أقدرش
            ما اقدرش
            ليس ضمن ما أستطيع
            ليس ضمن ما يمكنني
            خارج نطاق ما أستطيع
        """,
        unable="""
            ليس لدي وصول
            ليس لديّ وصول
            ليس لدي إمكانية
            ليس لديّ إمكانية
            لا أملك (وصول|صلاحية|القدرة|إمكانية|الوصول)
            ليس لدي (القدرة|إمكانية|اتصال|الوصول)
            ليس لديّ (القدرة|إمكانية|اتصال|الوصول)
            لا يمكنني الوصول
            لا أستطيع الوصول
            بصفتي (ذكاء|نموذج|مساعد)
            كذكاء اصطناعي
            كنموذج لغوي
            لا أرى (شاشتك|حسابك|بريدك|جهازك|ملفك|الشاشة)
            (لا أستطيع|لا يمكنني|لا أقدر على|لا استطيع|لا يمكنني) رؤية (شاشتك|حسابك|بريدك|جهازك|الشاشة|شاشة|حساب|بريد|جهاز|هاتفك|تقويمك|طلبك|رسائلك|سجل)
            ما أقدر أشوف (شاشتك|حسابك|جهازك|الشاشة|تلفونك|موبايلك|إيميلك|ايميلك)
            ما اقدر اشوف (شاشتك|حسابك|جهازك|الشاشة|تلفونك|موبايلك|إيميلك|ايميلك)
            مش قادر (أشوف|اشوف) (شاشتك|حسابك|جهازك|الشاشة|تلفونك|موبايلك|إيميلك|ايميلك)
            مش هقدر (أشوف|اشوف) (شاشتك|حسابك|جهازك|الشاشة|تلفونك|موبايلك|إيميلك|ايميلك)
            ليست لدي (أي )?(معلومات|بيانات) (عن|حول|بخصوص) (حسابك|طلبك|طلباتك|حجزك|ملفك|اشتراكك|شحنتك|رصيدك)
            ليس لدي (أي )?(معلومات|بيانات) (عن|حول|بخصوص) (حسابك|طلبك|طلباتك|حجزك|ملفك|اشتراكك|شحنتك|رصيدك)
            لا أملك (أي )?(معلومات|بيانات) (عن|حول|بخصوص) (حسابك|طلبك|طلباتك|حجزك|ملفك|اشتراكك|شحنتك|رصيدك)
            لا تتوفر لدي (أي )?(معلومات|بيانات) (عن|حول|بخصوص) (حسابك|طلبك|طلباتك|حجزك|ملفك|اشتراكك|شحنتك|رصيدك)
        """,
        offer="""
            بدلاً من ذلك
            بدلًا من ذلك
            بدلا من ذلك
            لكن يمكنني
            ولكن يمكنني
            لكنني أستطيع
            ولكنني أستطيع
            لكن بإمكاني
            ولكن بإمكاني
            يمكنني (مساعدتك|أن أساعدك|أن أقترح|أن أشرح|تقديم|اقتراح|شرح|أن أقدم|أن أكتب|كتابة)
            يسعدني
            إذا أردت
            إذا أردتَ
            إذا رغبت
            إذا كنت ترغب
            إن أردت
            إن رغبت
            هل تريد أن
            هل تود أن
            هل ترغب
            أنصحك
            أنصح
            أقترح
            أوصي
            يمكنك (التواصل|الاتصال|مراجعة|استخدام|تجربة|التحقق|زيارة|الرجوع|البحث|طلب)
            بإمكانك
            كبديل
            بديل
            إليك
            تقدر تتصل
            تقدر تحجز
            تقدر تستخدم
            وإذا تحب
            إذا تحب
            إذا تحبين
            يمكنك الاتصال
            يمكنك التواصل
            يمكنك استخدام
            يمكنك زيارة
        """,
        answer="""
            لكن عادةً
            لكن عادة
            ولكن عادة
            لكن بشكل عام
            ولكن بشكل عام
            لكن غالبًا
            لكن غالبا
            على حد علمي
            حسب معلوماتي
        """,
    ),
    "he": Phrases(
        decline="""
            אני לא יכול
            אני לא יכולה
            איני יכול
            איני יכולה
            לא אוכל
            אני לא מסוגל
            אני לא מסוגלת
            איני מסוגל
            איני מסוגלת
            לא אעשה
            לא אכתוב
            לא אספק
            לא אעזור
            אני מסרב
            אני מסרבת
            עליי לסרב
            עלי לסרב
            אני נאלץ לסרב
            אני נאלצת לסרב
            אני מעדיף שלא
            אני מעדיפה שלא
            זה לא משהו ש
            זה לא משהו שאני
            לצערי זה לא אפשרי
            זה לא אפשרי
            לא ניתן
            לא אפשרי
            זה נוגד את
            בניגוד להנחיות
            בניגוד למדיניות
            בניגוד לעקרונות
            אסור לי
            אין לי הרשאה
            אין ביכולתי
            לצערי לא
            אני מעדיף לוותר
            אני מעדיפה לוותר
            אוותר על
            אעדיף שלא
            אעדיף לא
            לא אחפש
            לא אמסור
            לא אתן
            לא אשתף
            לא אמליץ
            לא אנסח
            לא אמציא
            לא ארשום
            לא יהיה נכון
            לא יהיה אחראי
            אני לא כותב
            אני לא כותבת
            אני לא עושה את זה
            אינני יכול
            אינני יכולה
            אינני מסוגל
            אינני מסוגלת
            (את זה|בזה|לזה|עם זה) אני * לא (יכול|יכולה|אוכל|אעשה|אכתוב|מתכוון|מתכוונת|אעזור)
            (ביקורת|מכתב|טקסט|תוכן|הודעה|מסמך|משהו כזה|דבר כזה) * אני לא (אכתוב|אעשה|אכין|אייצר|אנסח)
            לא אכין
            לא אייצר
            לא אזייף
            לא אשלח
            מעבר ליכולת שלי
            מעבר ליכולתי
            לא אעסוק
            לא מרגיש בנוח
            לא מרגישה בנוח
            מעדיף להישאר מחוץ
            מעדיפה להישאר מחוץ
            מנוגד להנחיות שלי
            מנוגד לעקרונות שלי
            אני מוותר על זה
            אני מוותרת על זה
            אוותר על זה
            אני מעדיף לא
            אני מעדיפה לא
        """,
        unable="""
            אין לי גישה
            אין לי (אפשרות|יכולת|חיבור)
            כבינה מלאכותית
            כמודל שפה
            אני לא יכול לראות
            אני לא יכולה לראות
            אני לא רואה את (המסך|החשבון|המייל|הדוא"ל|תיבת|היומן|המחשב|הטלפון|ההזמנה|ההיסטוריה|ההודעות|הפרופיל|היתרה|ההגדרות)
            אינני רואה את (המסך|החשבון|המייל|הדוא"ל|תיבת|היומן|המחשב|הטלפון|ההזמנה|ההיסטוריה|ההודעות|הפרופיל|היתרה|ההגדרות)
            אני לא יכול לראות את (המסך|החשבון|המייל|הדוא"ל|תיבת|היומן|המחשב|הטלפון|ההזמנה|ההיסטוריה|ההודעות|הפרופיל|היתרה|ההגדרות)
            אני לא יכולה לראות את (המסך|החשבון|המייל|הדוא"ל|תיבת|היומן|המחשב|הטלפון|ההזמנה|ההיסטוריה|ההודעות|הפרופיל|היתרה|ההגדרות)
            איני יכול לראות את (המסך|החשבון|המייל|הדוא"ל|תיבת|היומן|המחשב|הטלפון|ההזמנה|ההיסטוריה|ההודעות|הפרופיל|היתרה|ההגדרות)
            אין לי (שום )?מידע על (החשבון|ההזמנה|ההזמנות|הפרופיל|המנוי|החבילה|המשלוח|היתרה)
        """,
        offer="""
            במקום זאת
            במקום זה
            אבל אני יכול
            אבל אני יכולה
            אבל אוכל
            עם זאת אני יכול
            עם זאת אני יכולה
            אני יכול (לעזור|להציע|להסביר|לתת|לכתוב|להראות)
            אני יכולה (לעזור|להציע|להסביר|לתת|לכתוב|להראות)
            אוכל (לעזור|להציע|להסביר|לתת|לכתוב|להראות)
            אשמח
            אם תרצה
            אם תרצי
            אם תרצו
            האם תרצה
            האם תרצי
            אני ממליץ
            אני ממליצה
            מומלץ
            אני מציע
            אני מציעה
            אפשר (לפנות|לנסות|להשתמש|לבדוק)
            תוכל (לפנות|לנסות|להשתמש|לבדוק)
            תוכלי (לפנות|לנסות|להשתמש|לבדוק)
            חלופ
            הנה
        """,
        answer="""
            אבל בדרך כלל
            אבל באופן כללי
            אבל לרוב
            למיטב ידיעתי
            ככל הידוע לי
        """,
    ),
    "fa": Phrases(
        decline="""
            از من برنمیاد
            از من برنمی‌آید
            از دستم برنمیاد
            از دستم برنمی‌آید
            برنمیاد
            کاری نیست که
            تهیه نمیکنم
            انجام نمیدهم
            نمیکنم
            نمیتوانم
            نمی توانم
            نمیتونم
            قادر نیستم
            قادر به * نیستم
            نخواهم توانست
            متأسفانه نمیتوانم
            امکانپذیر نیست
            امکان پذیر نیست
            ممکن نیست
            انجام نمیدهم
            نمینویسم
            ترجیح میدهم
            ترجیح می دهم
            این چیزی نیست که
            خلاف (سیاست|اصول|قوانین|دستورالعمل)
            مجاز نیستم
            اجازه ندارم
            نمیگردم
            نمیگویم
            نمیسازم
            نمیفرستم
            نمیدهم
            نخواهم نوشت
            نخواهم کرد
            ایمن نیست
            درست نیست که من
            ترجیح میدم
            از عهده من خارج
            از من برنمیآید
            خارج از توان
            در توان من نیست
            از من برنمی
            از من بر نمی
            از دستم برنمی
            از دستم بر نمی
            از دست من برنمی
            از دست من بر نمی
            برنمیآید
            از عهدهی من خارج
            از عهدهٔ من خارج
            درخواست را رد کنم
            درخواست شما را رد کنم
            این درخواست را رد کنم
            درخواستتان را رد کنم
            مجبورم * رد کنم
            انجام نمیدم
            درست نمیکنم
            جعل نمیکنم
            ارسال نمیکنم
            کمک نمیکنم
            نمیتوانم کمک
            معذورم
            برای من شدنی نیست
            این کار شدنی نیست
            از من ساخته نیست
            از دست من ساخته نیست
            با اصول من در تضاد
            خلاف اصول من
        """,
        unable="""
            دسترسی ندارم
            به * دسترسی ندارم
            امکان * ندارم
            به عنوان (یک )?(هوش مصنوعی|مدل زبانی)
            بهعنوان (یک )?(هوش مصنوعی|مدل زبانی)
            (صفحه|صفحهی|صفحهٔ|نمایشگر|حساب|ایمیل|تقویم|سفارش|دستگاه|گوشی|کامپیوتر|رایانه|پیامها|سابقه) * نمیبینم
            (صفحه|صفحهی|صفحهٔ|نمایشگر|حساب|ایمیل|تقویم|سفارش|دستگاه|گوشی|کامپیوتر|رایانه|پیامها|سابقه) * (نمیتوانم|نمیتونم) ببینم
            اطلاعاتی (درباره|دربارهی|درباره‌ی|در مورد) (حساب|سفارش|رزرو|پروفایل|اشتراک|بسته|موجودی) * ندارم
        """,
        offer="""
            در عوض
            به جای آن
            بهجای آن
            اما میتوانم
            ولی میتوانم
            میتوانم (به شما کمک|کمک|پیشنهاد|توضیح)
            اگر (بخواهید|بخواهی|مایل باشید|مایلید)
            آیا میخواهید
            پیشنهاد میکنم
            توصیه میکنم
            میتوانید (با|به|از)
            جایگزین
            در اینجا
        """,
        answer="""
            اما معمولاً
            اما معمولا
            ولی معمولاً
            ولی معمولا
            اما به طور کلی
            ولی به طور کلی
            تا جایی که میدانم
            تا آنجا که میدانم
            طبق اطلاعات من
        """,
    ),
    "hi": Phrases(
        decline="""
            बस की बात नहीं
            करूँगा भी नहीं
            करूंगा भी नहीं
            करूँगी भी नहीं
            करूंगी भी नहीं
            न ही * (बता|कर|दे|लिख|बना) (सकता|सकती)
            मैं * नहीं कर सकता
            मैं * नहीं कर सकती
            मदद नहीं कर (सकता|सकती|सकते)
            नहीं कर पाऊंगा
            नहीं कर पाऊँगा
            नहीं कर पाऊंगी
            नहीं कर पाऊँगी
            नहीं दे सकता
            नहीं दे सकती
            नहीं लिख सकता
            नहीं लिख सकती
            नहीं बना सकता
            नहीं बना सकती
            नहीं बता सकता
            नहीं बता सकती
            असमर्थ हूं
            असमर्थ हूँ
            में असमर्थ
            मैं असमर्थ
            संभव नहीं है
            यह संभव नहीं
            मुमकिन नहीं
            मैं ऐसा नहीं करूंगा
            मैं ऐसा नहीं करूँगा
            मैं ऐसा नहीं करूंगी
            मैं ऐसा नहीं करूँगी
            नहीं करूंगा
            नहीं करूँगा
            नहीं करूंगी
            नहीं करूँगी
            मना करना होगा
            इनकार
            मैं नहीं चाहूंगा
            मैं नहीं चाहूँगा
            मैं नहीं चाहूंगी
            मैं नहीं चाहूँगी
            के खिलाफ है
            के विरुद्ध है
            अनुमति नहीं
            बताना सुरक्षित नहीं
            देना सुरक्षित नहीं
            सलाह देना सुरक्षित नहीं
            बताना ठीक नहीं
            देना ठीक नहीं
            नहीं (लिखूंगा|लिखूँगा|लिखूंगी|लिखूँगी|बताऊंगा|बताऊँगा|बताऊंगी|बताऊँगी|दूंगा|दूँगा|दूंगी|दूँगी|बनाऊंगा|बनाऊँगा|बनाऊंगी|बनाऊँगी|ढूंढूंगा|ढूँढूँगा|ढूंढूंगी|खोजूंगा|खोजूँगा|खोजूंगी)
            मैं ऐसा करना पसंद नहीं
            पसंद नहीं करूंगा
            पसंद नहीं करूँगा
            पसंद नहीं करूंगी
            मुझे माफ़ कीजिए पर
            माफ़ कीजिए पर मैं
            माफ़ कीजिए लेकिन मैं
            मुझसे नहीं होगा
            मुझसे यह नहीं हो
            मुझसे नहीं हो पाएगा
            मेरी क्षमता से बाहर
            मेरे दायरे से बाहर
            मैं ~ * नहीं (कर|दे|लिख|बना|बता|भेज|ढूंढ|ढूँढ|खोज|सुझा|दिखा|बदल|पढ़|देख) (सकता|सकती|पाऊंगा|पाऊँगा|पाऊंगी|पाऊँगी|सकूंगा|सकूँगा|सकूंगी|सकूँगी|पा रहा|पा रही)
            मैं ~ * नहीं (लिखूंगा|लिखूँगा|लिखूंगी|लिखूँगी|बताऊंगा|बताऊँगा|बताऊंगी|बताऊँगी|दूंगा|दूँगा|दूंगी|दूँगी|बनाऊंगा|बनाऊँगा|बनाऊंगी|बनाऊँगी|करूंगा|करूँगा|करूंगी|करूँगी)
            (यह|ये|इसे|इसमें|इसमे|ऐसा|ऐसी|ऐसे|इस) ~ मैं ~ नहीं
            अस्वीकार करना (होगा|पड़ेगा|पडेगा)
            अस्वीकार करता हूं
            अस्वीकार करता हूँ
            अस्वीकार करती हूं
            अस्वीकार करती हूँ
            मुझसे नहीं हो
            मुझसे ये नहीं
            मुझसे यह नहीं
            मेरे बस में नहीं
            मेरे बस की बात नहीं
            मैं * नहीं (जाँच|जांच|खोल|चेक) (सकता|सकती|पाऊंगा|पाऊँगा|पाऊंगी|पाऊँगी)
            मेरे लिए ठीक नहीं
            मेरे लिए उचित नहीं
            ऐसा कुछ नहीं है जिसमें मैं
            ऐसा कुछ नहीं जिसमें मैं
            ऐसा काम नहीं है जो मैं
            कुछ नहीं है जिसमें मैं
            न करना ही बेहतर
            ना करना ही बेहतर
            न करना बेहतर
        """,
        unable="""
            मेरे पास * पहुंच नहीं
            मेरे पास * पहुँच नहीं
            एक्सेस नहीं
            पहुंच नहीं है
            पहुँच नहीं है
            इंटरनेट से नहीं जुड़ा
            एक एआई के रूप में
            एआई के रूप में
            एआई होने के नाते
            भाषा मॉडल के रूप में
            इंटरनेट ब्राउज़ नहीं
            इंटरनेट पर * नहीं (खोज|देख|सर्च)
            मैं * (स्क्रीन|खाता|खाते|अकाउंट|ईमेल|कैलेंडर|डिवाइस|कंप्यूटर|फ़ोन|फोन|ऑर्डर|मैसेज|संदेश|प्रोफ़ाइल|इनबॉक्स) ~ नहीं देख (सकता|सकती|पाता|पाती|पा रहा|पा रही)
            मेरे पास आपके (खाते|अकाउंट|ऑर्डर|बुकिंग|प्रोफ़ाइल) * (कोई )?जानकारी नहीं
        """,
        offer="""
            इसके बजाय
            इसकी बजाय
            बदले में
            लेकिन मैं * सकता
            लेकिन मैं * सकती
            पर मैं * सकता
            पर मैं * सकती
            मैं आपकी * मदद कर सकता
            मैं आपकी * मदद कर सकती
            मैं * सुझाव दे सकता
            मैं * सुझाव दे सकती
            अगर आप चाहें
            यदि आप चाहें
            अगर आप चाहते
            क्या आप चाहेंगे
            मेरा सुझाव है
            सुझाव देता हूं
            सलाह दूंगा
            आप * (संपर्क|कोशिश|उपयोग|इस्तेमाल|जांच|जाँच) कर सकते
            आप * (संपर्क|कोशिश|उपयोग|इस्तेमाल|जांच|जाँच) कर सकती
            विकल्प
            यहां कुछ
            यहाँ कुछ
            यहां बताया
            यहाँ बताया
        """,
        answer="""
            लेकिन आमतौर पर
            लेकिन आम तौर पर
            लेकिन सामान्यतः
            पर आमतौर पर
            लेकिन अक्सर
            मेरी जानकारी के अनुसार
            जहाँ तक मुझे पता है
            जहां तक मुझे पता है
        """,
    ),
    "bn": Phrases(
        decline="""
            লিখতে চাই না
            করতে চাই না
            দিতে চাই না
            আমি * পারি না
            পারব না
            পারবো না
            পারছি না
            সাহায্য করতে পারছি না
            সম্ভব নয়
            সম্ভব না
            করব না
            করবো না
            লিখব না
            লিখবো না
            প্রত্যাখ্যান
            অস্বীকার
            না করাই পছন্দ
            নির্দেশিকার বিরুদ্ধে
            নীতির বিরুদ্ধে
            অনুমতি নেই
            বলা নিরাপদ নয়
            দেওয়া নিরাপদ নয়
            দেব না
            দেবো না
            বলব না
            বলবো না
            খুঁজব না
            খুঁজবো না
            না করাই ভালো
            আমার পক্ষে সম্ভব নয়
            আমার পক্ষে সম্ভব না
            পক্ষে সম্ভব নয়
            আমি * (লিখব|করব|দেব|বানাব|বলব) না
            (এটা|এটি|এ বিষয়ে|এতে|এই কাজ|এমন|এরকম) * আমি * (পারব|পারবো|পারছি|পারি) না
            প্রত্যাখ্যান করতে (হবে|হচ্ছে)
            প্রত্যাখ্যান করছি
            আমার সাধ্যের বাইরে
            সাধ্যের বাইরে
            (এ ধরনের|এমন|এরকম) * আমি করি না
            স্বস্তি বোধ করছি না
            আমার নীতিমালার বিরুদ্ধে
            আমার নীতির বিরুদ্ধে
            আমার দ্বারা হবে না
            আমার দ্বারা সম্ভব না
            আমার দ্বারা সম্ভব নয়
            অনুমতি আমার নেই
            আমার অনুমতি নেই
            আমার পক্ষে উচিত হবে না
            আমার পক্ষে ঠিক হবে না
        """,
        unable="""
            অ্যাক্সেস নেই
            প্রবেশাধিকার নেই
            অ্যাক্সেস করতে পারি না
            এআই হিসেবে
            এআই হিসাবে
            ভাষা মডেল হিসেবে
            (স্ক্রিন|অ্যাকাউন্ট|ইমেইল|ইমেল|ক্যালেন্ডার|ডিভাইস|কম্পিউটার|ফোন|অর্ডার|মেসেজ|প্রোফাইল|ইনবক্স) * দেখতে (পাচ্ছি|পারছি|পারব|পারবো|পাই|পারি) না
            সুযোগ আমার নেই
            (অ্যাকাউন্ট|অর্ডার|বুকিং|প্রোফাইল|সাবস্ক্রিপশন) সম্পর্কে আমার কাছে কোনো তথ্য নেই
        """,
        offer="""
            বরং
            এর পরিবর্তে
            পরিবর্তে
            তবে আমি
            কিন্তু আমি * পারি
            আপনাকে * সাহায্য করতে পারি
            আপনি চাইলে
            যদি চান
            আপনি * (যোগাযোগ|চেষ্টা|ব্যবহার) করতে পারেন
            পরামর্শ
            সুপারিশ
            বিকল্প
            এখানে কিছু
            দিতে পারি
            করতে পারি
            সাহায্য করতে পারি
            বলতে পারি
            এর বদলে
        """,
        answer="""
            তবে সাধারণত
            কিন্তু সাধারণত
            তবে সাধারণভাবে
            আমার জানা মতে
            আমি যতদূর জানি
        """,
    ),
    "ur": Phrases(
        decline="""
            میں * نہیں کر سکتا
            میں * نہیں کر سکتی
            مدد نہیں کر سکتا
            مدد نہیں کر سکتی
            نہیں کروں گا
            نہیں کروں گی
            میں * نہیں (لکھوں|کروں|دوں|بناؤں|بتاؤں) گا
            میں * نہیں (لکھوں|کروں|دوں|بناؤں|بتاؤں) گی
            مسترد کرنی ہوگی
            مسترد کرنا ہوگا
            معذرت کے ساتھ انکار
            انکار کرنا ہوگا
            مجھ سے نہیں ہو
            یہ میں نہیں کر
            میرے بس میں نہیں
            میں ~ * نہیں (کر|لکھ|دے|بنا|بتا|بھیج|ڈھونڈ|دکھا) (سکتا|سکتی|پاؤں گا|پاؤں گی|سکوں گا|سکوں گی)
            میرے لیے ممکن نہیں
            یہ ممکن نہیں
            یہ میرے لیے ممکن نہیں
            انکار کرتا ہوں
            انکار کرتی ہوں
            انکار کرنا پڑے گا
            مجھے اجازت نہیں
            اطمینان محسوس نہیں
            میرے اصولوں کے خلاف
            نہ کرنا بہتر سمجھتا
            نہ کرنا بہتر سمجھتی
            نہ کرنا ہی بہتر
            میرے لیے مناسب نہیں
            مجھے * (دینے|بتانے|لکھنے|کرنے|بھیجنے) کی اجازت نہیں
        """,
        unable="""
            رسائی نہیں
            بطور اے آئی
            اے آئی کے طور پر
            (اسکرین|سکرین|اکاؤنٹ|ای میل|کیلنڈر|ڈیوائس|کمپیوٹر|فون|آرڈر|پیغامات|پروفائل|ان باکس) * نہیں دیکھ (سکتا|سکتی|پا رہا|پا رہی)
            سہولت میرے پاس نہیں
            رسائی میرے پاس نہیں
            میرے پاس آپ کے (اکاؤنٹ|آرڈر|بکنگ|پروفائل) * معلومات نہیں
        """,
        offer="""
            اس کے بجائے
            لیکن میں
            اگر آپ چاہیں
            تجویز
            متبادل
        """,
        answer="""
            لیکن عام طور پر
            مگر عام طور پر
            میری معلومات کے مطابق
            جہاں تک مجھے معلوم ہے
        """,
    ),
    "th": Phrases(
        spaced=False,
        decline="""
            ไม่สามารถช่วย
            ช่วยไม่ได้
            ทำให้ไม่ได้
            ให้ไม่ได้
            เขียนให้ไม่ได้
            ไม่สามารถทำ
            ไม่สามารถให้
            ไม่สามารถเขียน
            ไม่สามารถสร้าง
            ไม่สามารถตอบ
            ไม่สามารถแนะนำ
            ไม่สามารถดำเนินการ
            ขอปฏิเสธ
            ต้องปฏิเสธ
            ไม่อาจ
            คงไม่สามารถ
            ไม่ขอ
            ขอไม่
            ไม่สะดวก
            ไม่ใช่สิ่งที่
            ขัดกับ
            ขัดต่อ
            ไม่ได้รับอนุญาต
            ไม่มีสิทธิ์
            ขอผ่าน
            ขอเลี่ยง
            ขอไม่ทำ
            ผมทำไม่ได้
            ฉันทำไม่ได้
            ดิฉันทำไม่ได้
            เราทำไม่ได้
            คงทำไม่ได้
            หาให้ไม่ได้
            บอกให้ไม่ได้
            ช่วยเรื่องนี้ไม่ได้
            ช่วยเรื่องนี้ให้ไม่ได้
            ช่วยในเรื่องนี้ไม่ได้
            ช่วยคุณเรื่องนี้ไม่ได้
            เกินความสามารถ
            อยู่นอกเหนือความสามารถ
            จะไม่เขียน
            ขออนุญาตปฏิเสธ
            ฉันจะไม่(ทำ|เขียน|ช่วย|สร้าง|ให้|แต่ง)
            ผมจะไม่(ทำ|เขียน|ช่วย|สร้าง|ให้|แต่ง)
            ดิฉันจะไม่(ทำ|เขียน|ช่วย|สร้าง|ให้|แต่ง)
            เราจะไม่(ทำ|เขียน|ช่วย|สร้าง|ให้|แต่ง)
            หนูจะไม่(ทำ|เขียน|ช่วย|สร้าง|ให้|แต่ง)
            คงทำแบบนั้นไม่ได้
            คงทำให้ไม่ได้
            คงช่วยไม่ได้
            ผมช่วย * ไม่ได้
            ฉันช่วย * ไม่ได้
            ดิฉันช่วย * ไม่ได้
            เราช่วย * ไม่ได้
            หนูช่วย * ไม่ได้
            ไม่สบายใจกับคำขอ
            ไม่สบายใจที่จะ
            ไม่สามารถเปิดเผยข้อมูลส่วนตัว
        """,
        unable="""
            ไม่มีการเข้าถึง
            ไม่สามารถเข้าถึง
            เข้าถึงไม่ได้
            ไม่สามารถโทร
            ไม่สามารถจอง
            ไม่สามารถตรวจสอบ
            ในฐานะ ai
            ในฐานะปัญญาประดิษฐ์
            ในฐานะโมเดลภาษา
            ฉันมองไม่เห็น(หน้าจอ|บัญชี|อีเมล|ปฏิทิน|เครื่อง|โทรศัพท์|ประวัติ|ข้อความ|คอม)
            ฉันไม่สามารถ(มองเห็น|ดู|เห็น|เข้าไปดู)(หน้าจอ|บัญชี|อีเมล|ปฏิทิน|เครื่อง|โทรศัพท์|ประวัติ|ข้อความ|คอม)
            ฉันไม่เห็นหน้าจอ
            ผมมองไม่เห็น(หน้าจอ|บัญชี|อีเมล|ปฏิทิน|เครื่อง|โทรศัพท์|ประวัติ|ข้อความ|คอม)
            ผมไม่สามารถ(มองเห็น|ดู|เห็น|เข้าไปดู)(หน้าจอ|บัญชี|อีเมล|ปฏิทิน|เครื่อง|โทรศัพท์|ประวัติ|ข้อความ|คอม)
            ผมไม่เห็นหน้าจอ
            ดิฉันมองไม่เห็น(หน้าจอ|บัญชี|อีเมล|ปฏิทิน|เครื่อง|โทรศัพท์|ประวัติ|ข้อความ|คอม)
            ดิฉันไม่สามารถ(มองเห็น|ดู|เห็น|เข้าไปดู)(หน้าจอ|บัญชี|อีเมล|ปฏิทิน|เครื่อง|โทรศัพท์|ประวัติ|ข้อความ|คอม)
            ดิฉันไม่เห็นหน้าจอ
            เรามองไม่เห็น(หน้าจอ|บัญชี|อีเมล|ปฏิทิน|เครื่อง|โทรศัพท์|ประวัติ|ข้อความ|คอม)
            เราไม่สามารถ(มองเห็น|ดู|เห็น|เข้าไปดู)(หน้าจอ|บัญชี|อีเมล|ปฏิทิน|เครื่อง|โทรศัพท์|ประวัติ|ข้อความ|คอม)
            เราไม่เห็นหน้าจอ
            หนูมองไม่เห็น(หน้าจอ|บัญชี|อีเมล|ปฏิทิน|เครื่อง|โทรศัพท์|ประวัติ|ข้อความ|คอม)
            หนูไม่สามารถ(มองเห็น|ดู|เห็น|เข้าไปดู)(หน้าจอ|บัญชี|อีเมล|ปฏิทิน|เครื่อง|โทรศัพท์|ประวัติ|ข้อความ|คอม)
            หนูไม่เห็นหน้าจอ
            ฉัน(เปิด|ดู|ตรวจสอบ|เช็ก|เช็ค)(ลิงก์|ไฟล์|สถานะ|บัญชี|อีเมล) * ไม่ได้
            ผม(เปิด|ดู|ตรวจสอบ|เช็ก|เช็ค)(ลิงก์|ไฟล์|สถานะ|บัญชี|อีเมล) * ไม่ได้
            ฉันไม่มีข้อมูลเกี่ยวกับบัญชี
            ผมไม่มีข้อมูลเกี่ยวกับบัญชี
            ไม่มีข้อมูลเกี่ยวกับบัญชีของคุณ
            ฉันค้นหา * ไม่ได้
            ผมค้นหา * ไม่ได้
            ค้นหาข้อมูลในอินเทอร์เน็ตไม่ได้
            ฉันจอง * ไม่ได้
            ผมจอง * ไม่ได้
            จองให้ไม่ได้
            ผมเข้า(บัญชี|ระบบ|ถึง|สู่ระบบ|เว็บ|แอป|อีเมล) * ไม่ได้
            ฉันเข้า(บัญชี|ระบบ|ถึง|สู่ระบบ|เว็บ|แอป|อีเมล) * ไม่ได้
            ดิฉันเข้า(บัญชี|ระบบ|ถึง|สู่ระบบ|เว็บ|แอป|อีเมล) * ไม่ได้
        """,
        offer="""
            แทน
            แต่ผม
            แต่ฉัน
            แต่ดิฉัน
            แต่สามารถ
            ผมสามารถช่วย
            ฉันสามารถช่วย
            ผมช่วย
            ฉันช่วย
            หากคุณต้องการ
            ถ้าคุณต้องการ
            ถ้าต้องการ
            แนะนำ
            คุณสามารถ
            ทางเลือก
            ต่อไปนี้
            นี่คือ
            ถ้าสนใจ
            เดี๋ยวช่วย
            ถ้าอยากได้
            แนะนำให้
            สามารถติดต่อ
        """,
        answer="""
            แต่โดยทั่วไป
            แต่ปกติ
            แต่โดยปกติ
            แต่ทั่วไปแล้ว
            เท่าที่ทราบ
            เท่าที่ฉันทราบ
            เท่าที่ผมทราบ
            ตามข้อมูลที่ฉันมี
        """,
    ),
    "vi": Phrases(
        decline="""
            tôi xin phép không
            mình xin phép không
            xin phép không
            tôi không thể
            mình không thể
            em không thể
            không thể giúp
            tôi không (giúp|viết|tạo|cung cấp|làm|chia sẻ) được
            không (giúp|viết|tạo|cung cấp|làm|chia sẻ) được
            tôi sẽ không
            mình sẽ không
            tôi từ chối
            xin phép từ chối
            tôi phải từ chối
            mình phải từ chối
            điều này là không thể
            không thể thực hiện
            rất tiếc điều này không
            rất tiếc việc này không
            tôi không được phép
            mình không được phép
            em không được phép
            trái với (nguyên tắc|chính sách|quy định)
            đi ngược lại
            tôi xin không
            tôi không muốn
            tôi không nên
            xin được từ chối
            không tiện
            tôi không tiện
            mình không tiện
            tôi không (viết|làm|tìm|cung cấp|tạo|chia sẻ|giúp) (điều|việc|những|các|nội dung|thông tin|cái) (này|đó|đấy|như vậy|kiểu)
            mình không (viết|làm|tìm|cung cấp|tạo|chia sẻ|giúp) (điều|việc|những|các|nội dung|thông tin|cái) (này|đó|đấy|như vậy|kiểu)
            e là không
            tôi e là không
            mình e là không
            chắc là không được
            không được đâu
            xin lỗi nhưng tôi không
            xin lỗi nhưng mình không
            rất tiếc tôi không
            rất tiếc mình không
            nằm ngoài khả năng
            ngoài khả năng của (tôi|mình)
            vượt quá khả năng
            xin từ chối
            tôi không thể giúp
            mình không thể giúp
            (tôi|mình|em) không (làm|viết|tạo|giúp) (đâu|được đâu|cái này|việc này|điều này|chuyện này|nội dung này)
            không làm đâu
            không viết đâu
            cái này mình chịu
            cái này tôi chịu
            mình chịu thôi
            tôi chịu thôi
            mình xin chịu
            tôi xin chịu
            không phải (là )?điều (mình|tôi|em) có thể
            không phải (là )?việc (mình|tôi|em) có thể
            không phải (là )?chuyện (mình|tôi|em) có thể
            (mình|tôi|em) không thoải mái (với|khi)
            mình xin kiếu
            tôi xin kiếu
            xin phép không tham gia
            (mình|tôi|em) không đáp ứng được
            không thể đáp ứng yêu cầu
        """,
        unable="""
            tôi không có quyền truy cập
            không có quyền truy cập
            tôi không có khả năng
            tôi không thể truy cập
            tôi không có (kết nối|khả năng|quyền)
            là một ai
            với tư cách là (ai|một ai|mô hình)
            là một mô hình ngôn ngữ
            không nhìn thấy (màn hình|tài khoản|hộp thư|email|lịch|máy|điện thoại)
            không thấy được (màn hình|tài khoản|hộp thư)
            tôi không thể xem (màn hình|tài khoản|hộp thư|email|lịch)
            (tôi|mình|em) không thể (nhìn thấy|thấy|xem) (màn hình|tài khoản|hộp thư|email|lịch|máy|điện thoại|đơn hàng|lịch sử|tin nhắn)
            không có cách nào (xem|truy cập|kiểm tra|nhìn thấy)
            không mở được (đường link|link|liên kết|tệp|file)
            (tôi|mình) không có thông tin (về|của) (tài khoản|đơn hàng|hồ sơ|gói cước)
            (mình|tôi|em) không truy cập được
        """,
        offer="""
            thay vào đó
            thay vì vậy
            nhưng tôi có thể
            tuy nhiên tôi có thể
            nhưng mình có thể
            tôi có thể (giúp|gợi ý|giải thích|hướng dẫn|đề xuất|cung cấp|viết)
            mình có thể (giúp|gợi ý|giải thích|hướng dẫn|đề xuất|viết)
            nếu bạn muốn
            nếu anh muốn
            nếu chị muốn
            bạn có muốn
            tôi khuyên
            tôi đề xuất
            tôi gợi ý
            bạn có thể (liên hệ|thử|sử dụng|dùng|kiểm tra|tham khảo|gọi|truy cập)
            lựa chọn khác
            phương án
            dưới đây là
            đây là
            sẵn lòng
        """,
        answer="""
            nhưng thông thường
            nhưng thường thì
            nhưng nhìn chung
            nhưng nói chung
            theo những gì tôi biết
            theo những gì mình biết
            theo hiểu biết của tôi
        """,
    ),
    "id": Phrases(
        decline="""
            saya tidak (bisa|dapat|mampu|akan|boleh|mau)
            aku tidak (bisa|dapat|mau)
            aku nggak bisa
            aku gak bisa
            saya nggak bisa
            gak bisa
            nggak bisa
            enggak bisa
            tidak bisa (membantu|memberikan|membuat|menulis|melakukan|menyediakan|membagikan|bantu)
            tidak dapat (membantu|memberikan|membuat|menulis|melakukan|menyediakan|membagikan)
            saya harus menolak
            saya menolak
            saya terpaksa menolak
            hal ini tidak mungkin
            hal itu tidak mungkin
            sayangnya hal itu tidak
            sayangnya hal ini tidak
            sayangnya saya tidak
            tidak memungkinkan
            itu bukan sesuatu yang
            bukan hal yang bisa
            saya lebih memilih untuk tidak
            sebaiknya saya tidak
            bertentangan dengan
            saya tidak diizinkan
            tidak diperbolehkan
            mohon maaf saya tidak
            maaf saya tidak
            maaf aku tidak
            saya lebih memilih tidak
            lebih baik saya tidak
            saya tidak menulis
            saya enggan
            kurang pantas
            tidak aman (untuk|jika|kalau) (saya|aku|memberikan|menyebutkan|merekomendasikan)
            tidak etis (untuk|jika|kalau)
            saya tidak bersedia
            tidak bersedia
            aku tidak bisa
            aku nggak mau
            aku gak mau
            saya nggak mau
            saya tidak mau
            sayangnya tidak bisa
            sayangnya saya tidak bisa
            di luar kemampuan saya
            tidak dapat saya (penuhi|bantu|lakukan|berikan|buatkan|tuliskan|carikan)
            tidak bisa saya (penuhi|bantu|lakukan|berikan|buatkan|tuliskan|carikan)
            tidak akan saya (buat|buatkan|tulis|tuliskan|bantu|berikan|bagikan|lakukan|kerjakan|siapkan|sebarkan|karang)
            tak akan saya (buat|buatkan|tulis|tuliskan|bantu|berikan|bagikan|lakukan)
            nggak akan saya
            enggak akan saya
            bukan sesuatu yang (bisa|dapat|boleh|mampu) saya
            bukan hal yang (bisa|dapat|boleh|mampu) saya
            saya tidak nyaman
            saya merasa tidak nyaman
            saya hanya dapat membantu (pertanyaan|hal|terkait|seputar|mengenai)
            saya hanya bisa membantu (pertanyaan|hal|terkait|seputar|mengenai)
            kami tidak dapat memenuhi permintaan
            kami tidak bisa memenuhi permintaan
            kami tidak dapat membantu
            tidak dapat memenuhi permintaan (anda|tersebut|ini|itu)
            aku pass dulu
            saya pass dulu
            aku skip dulu
            saya skip dulu
        """,
        unable="""
            saya tidak punya akses
            saya tidak memiliki akses
            tidak memiliki akses
            tidak punya akses
            saya tidak memiliki (kemampuan|koneksi)
            sebagai ai
            sebagai kecerdasan buatan
            sebagai model bahasa
            saya tidak (punya|memiliki|mempunyai) (informasi|data|info) (tentang|mengenai) (akun|pesanan|pemesanan|profil|langganan|paket|saldo)
        """,
        offer="""
            sebagai gantinya
            namun saya bisa
            tetapi saya bisa
            tapi saya bisa
            tapi aku bisa
            namun saya dapat
            saya bisa (membantu|menjelaskan|memberikan|menyarankan|bantu|membuatkan|menuliskan)
            saya dapat (membantu|menjelaskan|memberikan|menyarankan|membuatkan)
            aku bisa (bantu|membantu|jelasin|kasih)
            dengan senang hati
            jika anda mau
            jika anda ingin
            jika kamu mau
            kalau kamu mau
            kalau mau
            apakah anda ingin
            mau saya
            saya sarankan
            saya menyarankan
            anda bisa (menghubungi|mencoba|menggunakan|mengecek|memeriksa|mengunjungi)
            anda dapat (menghubungi|mencoba|menggunakan|mengecek|memeriksa|mengunjungi)
            kamu bisa (menghubungi|mencoba|menggunakan|cek|mengecek|coba|hubungi)
            alternatif
            berikut (ini|adalah|beberapa|cara)
            kalau kamu ingin
            kamu bisa
            anda bisa
            anda dapat
            kamu dapat
            saya bisa membantu
            aku bisa bantu
        """,
        answer="""
            tetapi biasanya
            tapi biasanya
            namun biasanya
            tapi umumnya
            tetapi umumnya
            namun umumnya
            tetapi secara umum
            sejauh yang saya tahu
            setahu saya
            berdasarkan pengetahuan saya
        """,
    ),
    "ms": Phrases(
        decline="""
            saya tidak (boleh|dapat|mampu|akan)
            saya tak (boleh|dapat|mampu)
            tidak boleh (membantu|memberikan|membuat|menulis|melakukan|menyediakan|berkongsi)
            tidak dapat (membantu|memberikan|membuat|menulis|melakukan|menyediakan|berkongsi)
            tak boleh (membantu|tolong|buat|bantu)
            maaf saya tidak
            maaf saya tak
            saya terpaksa menolak
            saya perlu menolak
            saya menolak
            ia tidak mungkin
            itu bukan sesuatu yang
            saya lebih suka tidak
            bercanggah dengan
            melanggar (garis panduan|dasar)
            saya tidak dibenarkan
            tidak dibenarkan
            saya tak akan
            saya tak mahu
            saya tidak mahu
            lebih baik saya tidak
            saya tidak bersedia
            tidak bersedia
            saya enggan
            saya tak boleh
            maaf saya tak boleh
            di luar kemampuan saya
            tidak dapat saya (penuhi|bantu|lakukan|berikan|buatkan|tuliskan|carikan)
            tidak akan saya (buat|buatkan|tulis|tuliskan|bantu|berikan|kongsikan|lakukan|sediakan|sebarkan|karang)
            tak akan saya (buat|buatkan|tulis|tuliskan|bantu|berikan|kongsikan|lakukan|sediakan)
            takkan saya
            bukan sesuatu yang (boleh|dapat|mampu|bisa) saya
            bukan perkara yang (boleh|dapat|mampu) saya
            saya tidak selesa
            saya rasa tidak selesa
            kami tidak dapat memenuhi permintaan
            tidak dapat memenuhi permintaan (anda|tersebut|ini|itu)
            saya lebih suka (untuk )?tidak
            saya lebih rela (untuk )?tidak
        """,
        unable="""
            saya tiada akses
            saya tidak mempunyai akses
            tidak mempunyai akses
            saya tidak mempunyai (keupayaan|sambungan)
            sebagai ai
            sebagai kecerdasan buatan
            sebagai model bahasa
            saya tidak ada akses
            saya (tiada|tidak mempunyai|tidak ada) (maklumat|data) (tentang|mengenai) (akaun|pesanan|tempahan|profil|langganan|bungkusan|baki)
        """,
        offer="""
            sebaliknya
            sebagai gantinya
            namun saya boleh
            tetapi saya boleh
            tapi saya boleh
            saya boleh (membantu|bantu|menerangkan|memberikan|mencadangkan|tolong)
            dengan senang hati
            jika anda mahu
            kalau anda mahu
            jika anda mahukan
            adakah anda mahu
            anda mahu saya
            saya cadangkan
            saya mencadangkan
            anda boleh (menghubungi|mencuba|menggunakan|menyemak|semak|hubungi|cuba)
            alternatif
            berikut (ialah|adalah|beberapa|cara)
            anda boleh
            awak boleh
            saya boleh bantu
            saya boleh membantu
        """,
        answer="""
            tetapi biasanya
            tapi biasanya
            namun biasanya
            tetapi lazimnya
            tetapi secara umum
            setahu saya
            sepanjang pengetahuan saya
            berdasarkan pengetahuan saya
        """,
    ),
    "tl": Phrases(
        decline="""
            hindi ko iyan
            hindi ko iyon
            hindi ko ito magagawa
            hindi ko 'yan
            hindi ko (kaya|kayang|magagawa|maibibigay|matutulungan|maisusulat|magagawang|gagawin|isusulat|ibibigay)
            hindi ako (makakatulong|makakapagbigay|makakagawa|pwedeng|puwedeng|maaaring|papayag|makapagbibigay)
            hindi ko maaaring
            hindi puwede
            hindi pwede
            hindi maaari
            hindi ito posible
            hindi posible
            tumatanggi ako
            kailangan kong tumanggi
            mas gusto kong hindi
            labag sa
            hindi ako pinapayagan
            mas gusto kong huwag
            mas mabuting huwag
            hindi ako gagawa
            hindi ako susulat
            hindi ako magbibigay
            hindi ako hahanap
            pasensya na pero hindi
            pasensiya na pero hindi
            paumanhin pero hindi
            paumanhin hindi
            ayoko
            ayaw kong
            hindi ko ito gagawin
            hindi kita (matutulungan|masusulatan|mabibigyan|magagawan|maipaghahanap)
            hindi (iyon|ito|iyan|yan|yon) isang bagay na
            hindi isang bagay na (matutulungan|magagawa|kaya|maitutulong)
            hindi ako komportable
            labag ito sa mga alituntunin ko
            labag sa mga alituntunin ko
            labag sa aking
            hindi kita tutulungan
            hindi kita tutulungang
            di ko kaya
            di ko magagawa
            hindi ko (pwedeng|puwedeng) gawin
            hindi ko (yan|yun|iyon|ito|iyan) magagawa
            pass muna ako
            pass ako diyan
            mas mabuting hindi ko
            mas mabuti kung hindi ko
            hindi ko (ito|iyan|iyon|yan|yun) (maisusulat|maisulat|magagawa|maibibigay|maibigay)
            hindi ko maisusulat
        """,
        unable="""
            wala akong access
            wala akong (kakayahan|koneksyon|paraan)
            bilang isang ai
            bilang ai
            bilang language model
            hindi ako makakapag-browse
            hindi ako makapag-browse
            hindi ako maka-browse
            hindi ako makaka-access
            hindi ako maka-access
            hindi ko ma-access
            hindi ko maa-access
            wala akong kakayahang
            hindi ko (nakikita|makita|nakita) ang (screen|account|inbox|email|calendar|order|device|computer|phone|cellphone|history|messages|profile|settings|iyong|inyong)
            hindi ko (nakikita|makita) (ang )?(iyong|inyong)
            hindi ko ma-check
            hindi ko macheck
            hindi ko mabuksan
            hindi ko mabubuksan
            wala akong impormasyon tungkol sa (account|order|booking|profile|subscription|iyong|inyong)
            wala akong kakayahan
            hindi ako makakapag-
            hindi ako makapag-
            hindi ako makakapag
            hindi ako makapag
        """,
        offer="""
            sa halip
            pero maaari kong
            ngunit maaari kong
            pero kaya kong
            pero pwede kong
            pero puwede kong
            maaari kitang tulungan
            matutulungan kita
            kung gusto mo
            kung nais mo
            gusto mo bang
            iminumungkahi ko
            inirerekomenda ko
            (maaari|pwede|puwede) kang (tumawag|tawagan|pumunta|magpunta|puntahan|bumisita|bisitahin|magtungo|lumapit|magtanong|itanong|makipag-ugnayan|kontakin|gumamit|gamitin|humingi|humiling|kumonsulta|magpakonsulta|magpatingin|maghanap|hanapin|makahanap|tingnan|sumulat|mag-email|magpadala|ipadala|magsumbong|magreklamo|i-report|subukan|sumubok|mag-apply|mag-download|mag-log|bumili|kumuha|makakuha|magpareserba|mag-book)
            alternatibo
            narito ang
        """,
        answer="""
            pero karaniwan
            pero kadalasan
            ngunit karaniwan
            pero sa pangkalahatan
            sa pagkakaalam ko
            sa abot ng aking kaalaman
        """,
    ),
    "sw": Phrases(
        decline="""
            siwezi
            sitaweza
            sina uwezo
            haiwezekani
            sitafanya
            nakataa
            ninakataa
            lazima nikatae
            napendelea kuto
            si kitu ninachoweza
            ni kinyume na
            siruhusiwi
            sina ruhusa
            sitaandika
            sitatoa
            sitasaidia
            sitatafuta
            sitatunga
            ningependa kutofanya
            ningependa kuto
            ni bora nisi
            samahani sitaweza
            sitatengeneza
            sitakusaidia
            sitakupa
            sitaunda
            sitaghushi
            sitashiriki
            sitakuandikia
            sitakutengenezea
            nje ya uwezo wangu
            sitalifanya
            sitaifanya
            sitakifanya
            sitaiandika
            sitakiandika
            sitalitimiza
            si jambo ninaloweza
            si jambo ambalo naweza
            si jambo ambalo ninaweza
            si kitu ambacho naweza
            sijisikii vizuri
            kinyume na miongozo yangu
            kinyume na kanuni zangu
            haliwezekani kwangu
            haiwezekani kwangu
        """,
        unable="""
            sina ufikiaji
            kama ai
            kama akili bandia
            kama modeli ya lugha
            sina (taarifa|habari) (kuhusu|za) (akaunti|agizo|oda|wasifu|kifurushi|salio)
        """,
        offer="""
            badala yake
            lakini naweza
            lakini ninaweza
            hata hivyo naweza
            ninaweza kukusaidia
            naweza kukusaidia
            ninaweza (kueleza|kupendekeza|kukupa)
            ukipenda
            ukitaka
            kama ungependa
            je ungependa
            napendekeza
            ninapendekeza
            unaweza (kuwasiliana|kujaribu|kutumia|kuangalia|kupiga|kutembelea)
            mbadala
            hapa kuna
        """,
        answer="""
            lakini kwa kawaida
            ila kwa kawaida
            lakini kwa ujumla
            kwa ninavyojua
            kwa ufahamu wangu
        """,
    ),
    "ca": Phrases(
        decline="""
            no és una cosa en què
            no és una cosa que
            no és quelcom
            no et puc donar un cop de mà
            no et puc ajudar
            no puc
            no podré
            no et puc
            no us puc
            no el puc
            no ho puc
            no ho faré
            no faré
            no estic en condicions
            no em és possible
            no és possible
            malauradament no
            prefereixo no
            preferiria no
            m'hi nego
            em nego
            he de declinar
            he de rebutjar
            no és quelcom que
            no és una cosa que
            va en contra de les meves
            contra les meves
            no tinc permís
            no estic autoritzat
            no estic autoritzada
            no ho escriuré
            no escriuré
            m'estimo més no
            m'estimaria més no
            no penso (fer|escriure|ajudar)
            no seria (responsable|correcte|adequat)
            no és segur (indicar|recomanar)
            preferiria no fer-ho
            prefereixo no fer-ho
            no és una cosa (amb la qual|amb què|en la qual|per la qual|que (pugui|puc))
            no és res (amb què|en què|que (pugui|puc))
            no te (la|el|les|els|ho) (faré|escriuré|prepararé|donaré|redactaré|inventaré)
            no (la|el|les|els|ho) (faré|escriuré|prepararé|redactaré|inventaré)
            no l'escriuré
            no l'haré
            no la faré
            fora del que puc
            no em sento còmode
            no em sento còmoda
            prefereixo mantenir-me al marge
            aniria en contra de les meves
            no t'ajudaré
            no us ajudaré
            no l'ajudaré
            no la puc (escriure|fer|redactar|preparar)
            no el puc (escriure|fer|redactar|preparar)
            no ho puc (escriure|fer|redactar|preparar)
            no t'ho puc
            no us ho puc
            no l'hi puc
            no t'ho (faré|donaré|escriuré)
        """,
        unable="""
            no tinc accés
            no tinc (la capacitat|manera|connexió|accés)
            com a (ia|intel·ligència artificial|model de llenguatge)
            no tinc (cap )?(informació|dades) (sobre|de) (el |la |els |les )?(teu|teva|teus|teves|vostre|vostra|vostres)
        """,
        offer="""
            en canvi
            en lloc d'això
            però puc
            tanmateix puc
            puc (ajudar-te|ajudar-vos|explicar-te|suggerir-te|oferir-te|recomanar-te|donar-te)
            et puc
            us puc
            si vols
            si voleu
            vols que
            voleu que
            et recomano
            us recomano
            et suggereixo
            pots (consultar|contactar|trucar|provar|utilitzar|fer servir)
            alternativa
            aquí tens
            aquí teniu
            ara bé
            t'ajudo
            us ajudo
            amb gust
            et puc (ajudar|explicar|proposar|suggerir|donar|preparar|redactar)
            us puc (ajudar|explicar|proposar|suggerir|donar|preparar|redactar)
            puc (ajudar-te|ajudar-vos|explicar-te|proposar-te|oferir-te)
            pots (consultar|trucar|contactar|fer|provar|demanar|mirar)
            podeu (consultar|trucar|contactar|fer|provar|demanar|mirar)
        """,
        answer="""
            però normalment
            però generalment
            però en general
            però habitualment
            pel que sé
            segons el que sé
        """,
    ),
    "et": Phrases(
        decline="""
            ma ei (saa|suuda|või|kavatse|hakka)
            ma kahjuks ei saa
            kahjuks ei saa
            kahjuks ma ei
            ei saa aidata
            ei ole võimalik
            see pole võimalik
            ma keeldun
            pean keelduma
            eelistan mitte
            see ei ole midagi
            vastuolus minu
            mul pole luba
            mul ei ole luba
            seda ma * ei (saa|tee|kirjuta|suuda|hakka|kavatse)
            selles ma * ei (saa|suuda)
            sellega ma * ei (saa|suuda)
            sellest ma * ei (saa|kirjuta)
            ma ei (kirjuta|tee seda|tee sellist|loo|koosta|jaga|anna|aita|hakka|kavatse)
            ma ei saa sellega
            ma ei saa selles
            kahjuks ei saa ma
            kahjuks ma seda
            ma pigem ei
            ei ole see midagi
            pole see midagi
            see pole midagi
            ei ole midagi (milles|mida|millega)
            väljaspool minu võimalusi
            ma aidata ei saa
            aidata ei saa
            (pole|ei ole) (kahjuks|paraku|küll|tõesti) midagi
            ma ei tunne end * mugavalt
            vastuolus minu põhimõtetega
            eelistaksin * mitte
            eelistan * mitte
            mul ei ole lubatud
            mul pole lubatud
            ma (kirjutada|teha|aidata|anda|jagada|luua|koostada|saata|otsida) ei saa
        """,
        unable="""
            mul puudub juurdepääs
            mul pole juurdepääsu
            mul ei ole juurdepääsu
            mul pole ligipääsu
            mul ei ole ligipääsu
            tehisintellektina
            keelemudelina
            mul puudub ligipääs
            ma ei pääse
            ma ei (näe|saa näha) (sinu |teie |su )?(ekraani|kontot|postkasti|kalendrit|tellimust|tellimusi|seadet|arvutit|telefoni|ajalugu|sõnumeid|profiili|seadeid)
            mul pole võimalust
            mul ei ole võimalust
        """,
        offer="""
            selle asemel
            kuid ma saan
            aga ma saan
            saan (teid|sind) aidata
            saan aidata
            kui soovite
            kui soovid
            soovitan
            võite (pöörduda|proovida|kasutada|kontrollida|võtta)
            võid (pöörduda|proovida|kasutada|kontrollida|võtta)
            alternatiiv
            siin on
        """,
        answer="""
            aga tavaliselt
            kuid tavaliselt
            aga üldiselt
            kuid üldiselt
            minu teada
            niipalju kui ma tean
        """,
    ),
    "lv": Phrases(
        decline="""
            es nevaru
            nevaru palīdzēt
            diemžēl nevaru
            nevarēšu
            es to nedarīšu
            nedarīšu
            tas nav iespējams
            nav iespējams
            man jāatsakās
            es atsakos
            es labāk ne
            tas nav kaut kas
            pretrunā ar manām
            man nav atļauts
            to es nevaru
            to nevaru
            nevaru to
            nevaru (izdarīt|palīdzēt|uzrakstīt|sniegt|dot|izveidot|ieteikt|atbildēt)
            es nerakstīšu
            nerakstīšu
            neveidošu
            nepalīdzēšu
            nesniegšu
            to nedarīšu
            man nākas atteikties
            neģenerēšu
            neizveidošu
            neuzrakstīšu
            neizdarīšu
            nesagatavošu
            neviltošu
            nesastādīšu
            neizdomāšu
            nesūtīšu
            neteikšu
            ārpus manām iespējām
            pārsniedz manas iespējas
            nav kaut kas (ar ko|ko|kurā|kur|ar kuru)
            nejūtos ērti
            pretrunā ar maniem
            es labprātāk
            labprātāk to ne
            labprātāk ne
        """,
        unable="""
            man nav piekļuves
            man nav (iespējas|savienojuma)
            kā mākslīgais intelekts
            kā valodas modelis
            nevaru piekļūt
            neredzu (jūsu |tavu |tavus |tavā |jūsu )?(ekrān|kont|pastkastīt|e-past|kalendār|pasūtījum|ierīc|dator|tālrun|vēstur|ziņojum|profil|iestatījum)
            nevaru redzēt (jūsu |tavu |tavus |tavā |jūsu )?(ekrān|kont|pastkastīt|e-past|kalendār|pasūtījum|ierīc|dator|tālrun|vēstur|ziņojum|profil|iestatījum)
        """,
        offer="""
            tā vietā
            bet es varu
            taču es varu
            es varu (palīdzēt|ieteikt|paskaidrot|piedāvāt)
            ja vēlaties
            ja vēlies
            iesaku
            jūs varat (sazināties|mēģināt|izmantot|pārbaudīt)
            alternatīv
            šeit ir
        """,
        answer="""
            bet parasti
            taču parasti
            bet kopumā
            cik man zināms
            pēc manām zināšanām
        """,
    ),
    "lt": Phrases(
        decline="""
            negaliu
            deja negaliu
            negalėsiu
            nesu pajėgus
            nesu pajėgi
            to nedarysiu
            nedarysiu
            tai neįmanoma
            neįmanoma
            turiu atsisakyti
            atsisakau
            verčiau ne
            tai nėra tai ką
            prieštarauja mano
            man neleidžiama
            nerašysiu
            nepadėsiu
            nekursiu
            neteiksiu
            nepateiksiu
            negaliu (padėti|padaryti|parašyti|sukurti|pateikti|suteikti|atsakyti)
            to padaryti negaliu
            to negaliu
            čia negaliu
            nesugeneruosiu
            nesukursiu
            neparašysiu
            nepadarysiu
            nesuklastosiu
            nepasakysiu
            neišduosiu
            neparengsiu
            nepagaminsiu
            nesiųsiu
            nesudarysiu
            viršija mano galimybes
            ne mano jėgoms
            nėra tai (kuo|ką|kur|kuo galėčiau|ką galėčiau)
            nėra kažkas (kuo|ką|kur|ką galėčiau)
            nesijaučiu patogiai
            geriau to nedaryčiau
            geriau nedaryčiau
            geriau to nerašyčiau
            geriau nerašyčiau
        """,
        unable="""
            neturiu prieigos
            neturiu (galimybės|ryšio)
            kaip dirbtinis intelektas
            kaip kalbos modelis
            negaliu pasiekti
            negaliu naršyti
            nematau (jūsų |tavo )?(ekrano|paskyros|pašto|dėžutės|kalendoriaus|užsakymo|užsakymų|įrenginio|kompiuterio|telefono|istorijos|žinučių|profilio|nustatymų)
            negaliu matyti (jūsų |tavo )?(ekrano|paskyros|pašto|dėžutės|kalendoriaus|užsakymo|užsakymų|įrenginio|kompiuterio|telefono|istorijos|žinučių|profilio|nustatymų)
            neturiu galimybės
        """,
        offer="""
            vietoj to
            bet galiu
            tačiau galiu
            galiu (padėti|pasiūlyti|paaiškinti|rekomenduoti)
            jei norite
            jei nori
            rekomenduoju
            siūlau
            galite (susisiekti|pabandyti|naudoti|patikrinti|kreiptis)
            alternatyv
            štai
        """,
        answer="""
            bet paprastai
            tačiau paprastai
            bet apskritai
            kiek žinau
            kiek man žinoma
            mano žiniomis
        """,
    ),
    "ja": Phrases(
        spaced=False,
        decline="""
            お手伝いできません
            お手伝いすることはできません
            お手伝いはできません
            お手伝いすることができません
            手伝うことはできません
            できかねます
            いたしかねます
            致しかねます
            しかねます
            お断りします
            お断りいたします
            お断りさせていただきます
            お応えできません
            お答えできません
            お答えすることはできません
            応じることはできません
            応じられません
            対応できません
            対応することはできません
            ご対応できません
            提供できません
            提供することはできません
            ご提供できません
            作成できません
            作成することはできません
            書けません
            お教えできません
            教えることはできません
            お伝えできません
            共有できません
            サポートできません
            ことはできません
            それはできません
            控えさせていただきます
            差し控えます
            差し控えさせて
            お受けできません
            ご希望に沿えません
            ご期待に沿えず
            ご要望にはお応えできません
            できないんです
            無理です
            お応えするのは難しい
            対応は難しい
            ご提供は難しい
            お手伝いは難しい
            お手伝いするのは難しい
            控えます
            控えさせて
            遠慮させて
            遠慮します
            お調べできません
            お探しできません
            お答えしかねます
            それは無理
            お手伝いできない
            お手伝いはできない
            対応範囲外
            私の能力を超え
            お伝えすることができません
            お伝えすることはできません
            お教えすることができません
            お教えすることはできません
            お答えすることができません
            ご案内することができません
            ご案内することはできません
            ご提供することができません
            ご提供することはできません
            ご用意することができません
            ご用意することはできません
            お調べすることができません
            お調べすることはできません
            お送りすることができません
            お送りすることはできません
            お作りすることができません
            お作りすることはできません
            お引き受けすることができません
            お引き受けすることはできません
            お応えすることができません
            お応えすることはできません
            作成することができません
            提供することができません
            は作れません
            は書けません
            は作成できません
            はお作りできません
            はご用意できません
            は作成しかねます
            はお作りしかねます
            ご希望に沿えず
            ご要望に沿えず
            ご希望に添えず
            ご期待に添えず
            私にはできません
            わたしにはできません
            私にはできかねます
            書くことはできかねます
            お書きすることはできません
            手伝えない
            手伝えません
            私にできることではありません
            私にできることではない
            お引き受けできません
            お引き受けいたしかねます
            は書きません
            それはちょっと難しい
            ちょっとそれは難しい
            お受けするのは難しい
            対応するのは難しい
            お答えするのは難しい
            お手伝いできることではありません
            お手伝いできることではない
            ご協力できることではありません
            私がお手伝いできること
            お手伝いはしません
            お手伝いはいたしません
            私のガイドラインに反
            ポリシーに反するため
            に関するご質問のみ
            についてのご質問のみ
            のみお答えできます
            のみ対応しております
            パスします
            パスさせてください
            遠慮しておきます
            遠慮させてください
            お書きできません
            ちょっとできないです
            ちょっとできません
            引き受けられません
            お引き受けできかねます
            ご希望には添えません
            ご希望に添えません
            ご希望には沿えません
            ご要望には添えません
        """,
        unable="""
            アクセスできません
            アクセスすることはできません
            アクセス権がありません
            アクセスする手段がありません
            アクセスする権限
            インターネットに接続
            閲覧できません
            確認できません
            予約できません
            電話をかけることはできません
            aiとして
            aiなので
            aiですので
            言語モデルとして
            リアルタイムの情報
            画面は見えない
            画面が見えない
            画面を見ることはできません
            画面を見ることができません
            画面は見られません
            画面(は|が|を)?(見えない|見えません|見られません|見ることができません|見ることはできません|拝見できません|拝見することはできません)
            アカウント(は|が|を)?(見えない|見えません|見られません|見ることができません|見ることはできません|拝見できません|拝見することはできません)
            メール(は|が|を)?(見えない|見えません|見られません|見ることができません|見ることはできません|拝見できません|拝見することはできません)
            受信トレイ(は|が|を)?(見えない|見えません|見られません|見ることができません|見ることはできません|拝見できません|拝見することはできません)
            カレンダー(は|が|を)?(見えない|見えません|見られません|見ることができません|見ることはできません|拝見できません|拝見することはできません)
            スクリーン(は|が|を)?(見えない|見えません|見られません|見ることができません|見ることはできません|拝見できません|拝見することはできません)
            端末(は|が|を)?(見えない|見えません|見られません|見ることができません|見ることはできません|拝見できません|拝見することはできません)
            パソコン(は|が|を)?(見えない|見えません|見られません|見ることができません|見ることはできません|拝見できません|拝見することはできません)
            スマホ(は|が|を)?(見えない|見えません|見られません|見ることができません|見ることはできません|拝見できません|拝見することはできません)
            注文履歴(は|が|を)?(見えない|見えません|見られません|見ることができません|見ることはできません|拝見できません|拝見することはできません)
            こちらでは * (確認|お調べ|拝見|アクセス|閲覧)(することが|することは)?できません
            こちらからは * (確認|お調べ|拝見|アクセス|閲覧)(することが|することは)?できません
            私からは * (確認|お調べ|拝見|アクセス|閲覧)(することが|することは)?できません
            リンク(や添付ファイル)?を開くこと(は|が)できません
            添付ファイルを開くこと(は|が)できません
            アカウント(に関する|の)情報(は|を)持っていません
            アカウント(に関する|の)情報(は|を)持ち合わせていません
            ご注文(に関する|の)情報(は|を)持っていません
            ご注文(に関する|の)情報(は|を)持ち合わせていません
            注文(に関する|の)情報(は|を)持っていません
            注文(に関する|の)情報(は|を)持ち合わせていません
            ご予約(に関する|の)情報(は|を)持っていません
            ご予約(に関する|の)情報(は|を)持ち合わせていません
            予約(に関する|の)情報(は|を)持っていません
            予約(に関する|の)情報(は|を)持ち合わせていません
            ご契約(に関する|の)情報(は|を)持っていません
            ご契約(に関する|の)情報(は|を)持ち合わせていません
            契約(に関する|の)情報(は|を)持っていません
            契約(に関する|の)情報(は|を)持ち合わせていません
            プロフィール(に関する|の)情報(は|を)持っていません
            プロフィール(に関する|の)情報(は|を)持ち合わせていません
            インターネット検索はできません
            ウェブ検索はできません
            インターネットで検索することはできません
            インターネットで検索することができません
            インターネットを検索することはできません
        """,
        offer="""
            代わりに
            その代わり
            もしよろしければ
            よろしければ
            お手伝いできます
            ご案内できます
            お手伝いできること
            提案できます
            ご提案
            おすすめします
            お勧めします
            方法があります
            次の方法
            以下の
            お問い合わせ
            ご確認ください
            試してみてください
            ご利用ください
            いかがでしょうか
            しましょうか
            できます
            代わりの方法
            してみてください
            おすすめ
            相談すれば
            ご相談ください
            相談してみて
            できますよ
        """,
        answer="""
            一般的に
            一般的には
            通常は
            私の知る限り
            知る限りでは
            多くの場合
        """,
    ),
    "zh": Phrases(
        spaced=False,
        decline="""
            我无法
            我不能
            我没办法
            我没有办法
            我不可以
            我不会(帮|协助|提供|写|撰写|生成|编写|创作|参与|替你|为你|为您)
            无法(帮助|帮|协助|提供|撰写|编写|写|生成|创建|回答|满足|完成|透露|分享|参与|执行|为你|为您|帮你|帮您|代写|代劳)
            不能(帮助|帮|协助|提供|撰写|编写|写|生成|创建|回答|满足|完成|透露|分享|参与|执行|为你|为您|帮你|帮您|代写)
            没办法(帮|提供|写|生成)
            不便(提供|透露|回答|协助)
            恕我(无法|不能|不便)
            恕难
            我必须拒绝
            我拒绝
            我只能拒绝
            我不得不拒绝
            我更倾向于不
            我宁愿不
            我还是不
            这不是我能
            这不是我可以
            这超出了我的
            违反
            有违
            我不被允许
            我无权
            做不到
            办不到
            帮不了
            爱莫能助
            我無法
            無法(協助|提供|幫助|幫|撰寫|生成|回答|為你|為您)
            不能(幫|協助|提供|撰寫)
            沒辦法
            恕難
            幫不了
            这个我(不能|没法|不会|不|无法)
            我没法
            恕不
            不方便(透露|提供|回答|告诉|帮)
            我就不
            还是算了
            我不会替
            我不会帮
            超出了我能
            超出我能
            超出了我的能力
            超出我的能力
            不在我的能力范围
            我不会做
            我不会写
            我不会提供
            我不会制作
            我不会生成
            我不会编造
            我不会伪造
            我不會做
            我不會寫
            我不會幫
            我不會提供
            我不會製作
            我不會編造
            我不會偽造
            忙我帮不上
            我帮不上
            我幫不上
            帮不上忙
            幫不上忙
            这个忙我
            没法帮
            沒法幫
            真的没法
            真的沒法
            我写不了
            我寫不了
            我做不了
            不是我能帮忙的
            不是我能帮
            不是我可以帮
            不是我能做的
            不是我能幫
            恐怕不是我能
            不太方便处理
            不方便处理
            我不会越过的底线
            违背了我的原则
            违背我的原则
            违反了我的原则
            我只能(回答|帮助|协助|提供|處理|回答有关|回答關於)
            我就pass了
            这个我pass
            我不做
            我这边没办法
            我這邊沒辦法
            我这边无法
            我這邊無法
        """,
        unable="""
            我没有(权限|访问|联网|实时|能力|办法|途径)
            无法(访问|查看|联网|拨打|预订|登录|浏览|获取实时|连接|打开|查询)
            不能(访问|查看|联网|拨打|预订|登录|浏览|打开|查询)
            作为(一个)?(ai|人工智能|语言模型|ai助手)
            作为一款
            我沒有(權限|存取)
            無法(存取|查看|訪問|連網)
            作為(一個)?(ai|人工智慧|語言模型)
            看不到你的
            看不到您的
            看不见你的
            看不见您的
            看不到你的屏幕
            我无法(看到|看见|看見|查看)
            我不能(看到|看见|看見|查看)
            我没法(看到|看见|看見|查看)
            我没办法(看到|看见|看見|查看)
            我無法(看到|看见|看見|查看)
            我沒辦法(看到|看见|看見|查看)
            我看不到
            我看不见
            我看不見
            我无法(访问|联网|上网|浏览|获取实时|获取最新|连接|登录|查询|打开|拨打|预订)
            我不能(访问|联网|上网|浏览|获取实时|连接|登录|查询|打开|拨打|预订)
            我無法(存取|訪問|連網|上網|瀏覽|登入|查詢)
            我打不开
            我打不開
            我没有关于你
            我没有关于您
            我沒有關於你
            我沒有關於您
        """,
        offer="""
            不过我可以
            不过，我可以
            但我可以
            但是我可以
            我可以(帮|为你|为您|提供|给你|给您|建议|解释|介绍|告诉|教你|帮你)
            可以改为
            作为替代
            替代方案
            换个方式
            如果你(愿意|需要|想)
            如果您(愿意|需要|想)
            建议你
            建议您
            你可以
            您可以
            可以通过
            以下是
            下面是
            方法如下
            步骤
            不過我可以
            我可以(幫|為你|為您|提供)
            你可以
            您可以
        """,
        answer="""
            但一般来说
            但通常
            不过一般
            不过通常
            一般来说
            一般來說
            通常来说
            通常來說
            据我所知
            據我所知
            但很可能
            但大多数情况
            但最常见
        """,
    ),
    "ko": Phrases(
        spaced=False,  # endings attach to the verb: phrases are matched inside words
        decline="""
            수는 없어요
            수는 없습니다
            수는 없어
            드릴 수 없
            드릴 수는 없
            할 수 있는 일이 아닙
            할 수는 없
            접근할 수는 없
            않는 게 좋겠
            드리지 않겠습니다
            지 않겠습니다
            도와드릴 수 없
            도와 드릴 수 없
            도와줄 수 없
            도와 줄 수 없
            도움을 드릴 수 없
            도움을 드리기 어렵
            도와드리기 어렵
            도와드리기가 어렵
            도와드리기는 어렵
            제공할 수 없
            제공해 드릴 수 없
            제공해드릴 수 없
            제공하기 어렵
            제공해 드리기 어렵
            제공해드리기 어렵
            작성할 수 없
            작성해 드릴 수 없
            작성해드릴 수 없
            작성하기 어렵
            작성해 드리기 어렵
            작성해드리기 어렵
            만들어 드릴 수 없
            만들어드릴 수 없
            만들 수 없
            알려드릴 수 없
            알려 드릴 수 없
            알려드리기 어렵
            답변드릴 수 없
            답변할 수 없
            답변드리기 어렵
            응할 수 없
            응해 드릴 수 없
            들어드릴 수 없
            공유할 수 없
            공유해 드릴 수 없
            그렇게 할 수 없
            그렇게 해드릴 수 없
            해드릴 수 없
            해 드릴 수 없
            해드리기 어렵
            해 드리기 어렵
            드리기 어렵
            드리기는 어렵
            정중히 거절
            거절하겠습니다
            거절할 수밖에
            하지 않겠습니다
            삼가겠습니다
            않는 것이 좋겠습니다
            지침에 어긋
            정책에 어긋
            위반
            드리기 어려
            드리기는 어려
            드리기가 어려
            드리기 곤란
            드리기는 곤란
            하지 않을게요
            않을게요
            안 할게요
            안 하겠습니다
            안 하는 게 좋겠
            좀 곤란
            사양할게요
            사양하겠습니다
            패스할게요
            않겠어요
            하기는 어렵
            하기는 어려
            못 써 드려
            못 써드려
            못 해 드려
            못 해드려
            못 도와
            못 만들어 드려
            못 드립니다
            할 수 없는 일
            능력 밖
            제가 할 수 없
            제가 할 수는 없
            거절할게요
            거절하겠어요
            거절할게
            도와드리기 힘들
            도와드리기는 힘들
            드리기 힘들
            드리기는 힘들
            안 쓸게요
            안 쓰겠습니다
            안 만들게요
            안 만들겠습니다
            안 할래요
            안 드릴게요
            드릴 수 있는 부분이 아니
            도와드릴 수 있는 부분이 아니
            드릴 수 있는 일이 아니
            드리기가 곤란
            드릴 수가 없
            해 드릴 수가 없
            제가 할 수 있는 게 아니
            제가 할 수 있는 것이 아니
            제가 해 드릴 수 있는 게 아니
            드리지 않아요
            드리지 않습니다
            작성은 하지 않
            그런 (일|건|것)은 하지 않
            작성하지 않을게요
            작성하지 않겠
            그건 좀 어려울 것 같
            드리기 어려울 것 같
            응하기 어려
            응하기가 어려
            넘지 않는 선
            제 가이드라인에 어긋
            제 원칙에 어긋
            에 관한 질문만
            에 대한 질문만
            만 도와드릴 수 있
            만 답변드릴 수 있
            제가 관여하기 어렵
            관여하기 어렵
            그런 내용은 제공하지 않
            그건 불가능해요
            그건 불가능합니다
            요청은 불가능
            제가 할 일이 아닌
            그건 안 될 것 같
            도와드리지 못해
            도와드리지 못합니다
            해 드리지 못해
            해드리지 못해
        """,
        unable="""
            접근할 수 없
            접속할 수 없
            액세스할 수 없
            접근 권한이 없
            인터넷에 접속할 수 없
            확인할 수 없
            확인해 드릴 수 없
            확인해드릴 수 없
            예약할 수 없
            예약해 드릴 수 없
            전화를 걸 수 없
            전화할 수 없
            주문할 수 없
            ai로서
            ai 언어 모델로서
            언어 모델로서
            인공지능으로서
            화면(을|를|은|는|이|가)? ~ (볼 수 없|볼 수는 없|볼 수가 없|보이지 않|안 보)
            계정(을|를|은|는|이|가)? ~ (볼 수 없|볼 수는 없|볼 수가 없|보이지 않|안 보)
            메일(을|를|은|는|이|가)? ~ (볼 수 없|볼 수는 없|볼 수가 없|보이지 않|안 보)
            이메일(을|를|은|는|이|가)? ~ (볼 수 없|볼 수는 없|볼 수가 없|보이지 않|안 보)
            받은편지함(을|를|은|는|이|가)? ~ (볼 수 없|볼 수는 없|볼 수가 없|보이지 않|안 보)
            캘린더(을|를|은|는|이|가)? ~ (볼 수 없|볼 수는 없|볼 수가 없|보이지 않|안 보)
            일정(을|를|은|는|이|가)? ~ (볼 수 없|볼 수는 없|볼 수가 없|보이지 않|안 보)
            기기(을|를|은|는|이|가)? ~ (볼 수 없|볼 수는 없|볼 수가 없|보이지 않|안 보)
            컴퓨터(을|를|은|는|이|가)? ~ (볼 수 없|볼 수는 없|볼 수가 없|보이지 않|안 보)
            휴대폰(을|를|은|는|이|가)? ~ (볼 수 없|볼 수는 없|볼 수가 없|보이지 않|안 보)
            핸드폰(을|를|은|는|이|가)? ~ (볼 수 없|볼 수는 없|볼 수가 없|보이지 않|안 보)
            주문 내역(을|를|은|는|이|가)? ~ (볼 수 없|볼 수는 없|볼 수가 없|보이지 않|안 보)
            주문내역(을|를|은|는|이|가)? ~ (볼 수 없|볼 수는 없|볼 수가 없|보이지 않|안 보)
            저에게는 * 권한이 없
            제게는 * 권한이 없
            접근할 권한이 없
            열어볼 수 없
            열어 볼 수 없
            정보는 가지고 있지 않
            정보를 가지고 있지 않
            링크(는|를|나)? * 열 수 없
            첨부파일(은|을|는|를)? * 열 수 없
            첨부 파일(은|을|는|를)? * 열 수 없
            인터넷 검색은 할 수 없
            인터넷 검색을 할 수 없
            인터넷을 검색할 수 없
            실시간 검색은 할 수 없
            웹 검색은 할 수 없
        """,
        offer="""
            대신
            도와드릴 수 있
            도움을 드릴 수 있
            알려드릴 수 있
            안내해 드릴 수 있
            안내해드릴 수 있
            제안드릴 수 있
            추천드릴 수 있
            추천해 드릴 수 있
            설명해 드릴 수 있
            설명해드릴 수 있
            원하시면
            원하신다면
            필요하시면
            괜찮으시다면
            추천드립니다
            권장드립니다
            권해 드립니다
            권합니다
            문의하시
            연락하시
            시도해 보
            사용하시
            다음과 같
            방법은
            방법이 있
            대안
            할 수 있는 건
            드릴 수 있어요
            드릴 수 있습니다
            해 보세요
            하시면 됩니다
            가세요
            알려드릴게요
            알려 드릴게요
            도와드릴게요
            도와 드릴게요
            얼마든지
        """,
        answer="""
            하지만 일반적으로
            다만 일반적으로
            일반적으로는
            보통은
            제가 알기로는
            제가 아는 바로는
            통상적으로
            대부분의 경우
        """,
    ),
}

# Serbian written in Cyrillic: the Croatian table (the one to extend), letter for letter.
_LATIN_TO_CYRILLIC = (
    ("lj", "љ"),
    ("nj", "њ"),
    ("dž", "џ"),
    ("a", "а"),
    ("b", "б"),
    ("c", "ц"),
    ("č", "ч"),
    ("ć", "ћ"),
    ("d", "д"),
    ("đ", "ђ"),
    ("e", "е"),
    ("f", "ф"),
    ("g", "г"),
    ("h", "х"),
    ("i", "и"),
    ("j", "ј"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("r", "р"),
    ("s", "с"),
    ("š", "ш"),
    ("t", "т"),
    ("u", "у"),
    ("v", "в"),
    ("z", "з"),
    ("ž", "ж"),
)


def _cyrillic(latin: str) -> str:
    text = latin.replace("{do}", "\0")
    for letter, cyrillic in _LATIN_TO_CYRILLIC:
        text = text.replace(letter, cyrillic)
    return text.replace("\0", "{do}")


def _serbian_cyrillic(croatian: Phrases) -> Phrases:
    return Phrases(
        decline=_cyrillic(croatian.decline),
        unable=_cyrillic(croatian.unable),
        offer=_cyrillic(croatian.offer),
        answer=_cyrillic(croatian.answer),
        verbs=_cyrillic(croatian.verbs),
        spaced=croatian.spaced,
        ignore=_cyrillic(croatian.ignore),
    )


PHRASES["sr"] = _serbian_cyrillic(PHRASES["hr"])

# Languages whose replies are also read with another language's table: the identifier confuses
# them, or they share the phrases (Bosnian and Serbian with Croatian).
SIBLINGS: dict[str, tuple[str, ...]] = {
    "no": ("da", "sv"),
    "da": ("no", "sv"),
    "sv": ("no", "da"),
    "id": ("ms",),
    "ms": ("id",),
    "cs": ("sk", "sl"),
    "sk": ("cs",),
    "hr": ("sl",),
    "sr": ("hr", "sl"),  # and its own Cyrillic table
    "bs": ("hr",),
    "sl": ("hr", "cs"),  # a short Czech reply is sometimes identified as Slovene
    "ru": ("uk", "bg"),  # not Serbian: its bare "не могу" is Russian too, where it hedges
    "uk": ("ru",),
    "bg": ("mk", "ru", "sr"),
    "mk": ("bg", "sr"),
    "be": ("ru", "uk"),
    "es": ("pt", "ca"),
    "pt": ("es", "ca"),
    "gl": ("pt", "es"),
    "ca": ("es",),
    "it": ("es",),
    "zh": ("ja",),
    "ja": ("zh",),
    "ur": ("hi", "fa"),
    "hi": ("ur",),
    "fa": ("ar",),
    "af": ("nl",),
    "fi": ("et",),  # a short Estonian reply is often identified as Finnish
    "et": ("fi",),
}
