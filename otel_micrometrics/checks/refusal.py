"""Refusal: the model declined the request.

``fail`` on the provider's structured refusal (OpenAI ``message.refusal``, a ``refusal``
finish reason such as Anthropic's ``stop_reason``), or when the reply's opening declines in
words (en, es, de, fr, pt, it, nl, ja, zh, ko, ru). The opening is what matters: "I can't ..."
deep inside a helpful answer is not a refusal, and an apology that goes on to help ("Sorry for
the confusion, here is the fix") is ``pass``.

A reply that declines and then still delivers (a partial refusal) is weighed:
- a statement of what the model cannot do ("I can't access your Drive", "I don't have
  real-time data") followed by a substantive answer (about a hundred characters or more) is
  ``pass``: the user got help;
- a policy refusal ("I can't help with that", "I won't write ...") is ``fail`` unless it goes
  on to deliver substantial content (a list, code, or "here is ...", 150+ characters); offers
  ("I could help you write something else instead") do not count as delivering.
"""

from __future__ import annotations

import re

from ..exchange import Exchange
from ..registry import Result, check

OWNER = "otel-micrometrics"
PASS = Result(label="pass")  # results are immutable: one shared instance

OPENING_CHARS = 260  # a refusal declines up front: only matches starting here count
CAPABILITY_HELP_CHARS = 100
DELIVERY_CHARS = 150

_FINISH_REFUSAL = frozenset({"refusal", "refused"})

# Declining on principle: "I can't help with that", "no puedo ayudarte", ...
_POLICY = [
    # English
    r"\bi\s*(?:can(?:'|’)?t|cannot|can\s+not|won(?:'|’)?t|will\s+not|(?:am|'m|’m)\s+(?:not\s+able|unable)\s+to|"
    r"(?:am|'m|’m)\s+not\s+going\s+to|must|have\s+to|need\s+to|(?:'d|’d|would)\s+(?:rather|prefer)\s+not(?:\s+to)?|"
    r"prefer\s+not\s+to)\s+(?:help|assist|provide|create|write|generate|share|give|produce|comply|fulfil+|"
    r"support|engage|make|offer|disclose|reveal|participate|continue|draft|compose|decline|refuse|do\s+(?:that|this)|"
    r"answer\s+that|condone|encourage|facilitate|roleplay|pretend)\b",
    r"\b(?:that|this)(?:'s|’s|\s+is)\s+not\s+something\s+i(?:'m|\s+am)?\s+(?:can|able|going|will)",
    r"\bi\s+(?:must|have\s+to)\s+(?:respectfully\s+)?(?:decline|refuse)\b",
    r"\bagainst\s+(?:my|our|the)\s+(?:guidelines|polic(?:y|ies)|principles|rules|terms)\b",
    r"\bi(?:'m|’m|\s+am)\s+not\s+(?:allowed|permitted|comfortable)\b",
    r"\b(?:can(?:'|’)?t|cannot|won(?:'|’)?t)\s+(?:help|assist)\s+with\s+(?:that|this)\b",
    # Spanish
    r"\bno\s+(?:puedo|podré|voy\s+a|debo)\s+(?:\w+\s+){0,2}?(?:ayudar\w*|proporcionar\w*|dar\w*|facilitar\w*|compartir\w*|"
    r"crear\w*|escribir\w*|redactar\w*|generar\w*|hacer\s+(?:eso|esto)|cumplir\w*|participar|ofrecer\w*|responder\w*)",
    r"\bme\s+temo\s+que\s+no\b|\bno\s+me\s+es\s+posible\b|\bno\s+estoy\s+en\s+condiciones\b",
    # German
    r"\b(?:ich\s+kann|kann\s+ich)\b[^.!?\n]{0,50}?\b(?:nicht|keine?[nmrs]?)\b[^.!?\n]{0,40}?\b(?:helfen|erstellen|schreiben|"
    r"verfassen|geben|herausgeben|bereitstellen|liefern|unterstützen|anbieten|weitergeben|teilen|tun|erzeugen|"
    r"generieren|nachkommen|beantworten|erfüllen)\b",
    r"\b(?:helfen|schreiben|erstellen)\s+kann\s+ich\s+(?:\w+\s+)?nicht\b",
    r"\b(?:werde|möchte|will)\s+ich\s+nicht\b|\bich\s+werde\s+(?:\w+\s+){0,3}?(?:nicht|keine?[nmrs]?)\s+(?:\w+\s+){0,3}?"
    r"(?:tun|schreiben|erstellen|helfen|verfassen)\b",
    r"\bnicht\s+in\s+der\s+lage\b|\bmuss\s+ich\s+ablehnen\b|\bich\s+lehne\b",
    # French
    r"\bje\s+ne\s+(?:peux|pourrai|vais|veux|saurais|puis)\s+pas\s+(?:\w+\s+){0,2}?(?:vous\s+|t['’]|te\s+)?(?:aider|fournir|"
    r"rédiger|écrire|créer|générer|partager|donner|répondre|communiquer|produire|faire\s+(?:ça|cela))",
    r"\bje\s+ne\s+suis\s+pas\s+en\s+mesure\b|\bje\s+refuse\b|\bje\s+dois\s+refuser\b",
    # Portuguese
    r"\bnão\s+(?:posso|vou|consigo|devo)\s+(?:\w+\s+){0,2}?(?:ajudar|fornecer|criar|escrever|gerar|compartilhar|dar|"
    r"fazer\s+isso|passar|redigir|responder|cumprir)",
    r"\bnão\s+estou\s+(?:autorizad|em\s+condições)",
    # Italian
    r"\bnon\s+(?:posso|potrò|devo)\s+(?:\w+\s+){0,2}?(?:aiutar\w*|fornire|creare|scrivere|generare|condividere|dare|"
    r"fare\s+(?:questo|ciò)|redigere|rispondere)",
    r"\bnon\s+sono\s+in\s+grado\s+di\s+(?:aiutar\w*|fornire|creare|scrivere|generare|condividere|dare)|"
    r"\bpreferisco\s+non\b|\bnon\s+mi\s+è\s+possibile\b",
    # Dutch
    r"\b(?:ik\s+kan|kan\s+ik)\b[^.!?\n]{0,40}?\b(?:niet|geen)\b[^.!?\n]{0,40}?\b(?:helpen|schrijven|maken|delen|geven|"
    r"leveren|doen|bieden|verstrekken|genereren|opstellen)\b",
    r"\bga\s+ik\s+niet\s+doen\b|\bik\s+(?:help|schrijf|maak)\s+(?:\w+\s+)?(?:niet|geen)\b",
    # Russian
    r"\bя\s+не\s+(?:могу|буду|стану|смогу)\s+(?:\w+\s+){0,2}?(?:помо\w*|предостав\w*|созда\w*|написа\w*|писа\w*|"
    r"сгенерир\w*|да[тв]\w*|выполн\w*|подел\w*|сообщ\w*|раскры\w*|рассказ\w*|участв\w*|сделать\s+это)",
    r"\bне\s+могу\s+помочь\b|\bвынужден\w*\s+отказать\b|\bне\s+в\s+состоянии\b",
    # Japanese
    r"(?:お手伝い|手伝う|お応え|応じる|お答え|回答|ご対応|対応|提供|作成|ご協力|協力|サポート|お教え|教える|お伝え|"
    r"共有|調べる)(?:する|いたす)?(?:こと)?(?:は|が|も|には)?(?:でき(?:ません|かねます|ない)|いたしかねます|致しかねます|しかねます)",
    r"できかねます|いたしかねます|お断りします",
    # Chinese
    r"(?:我|抱歉|对不起|很抱歉|不好意思)[^。！？\n]{0,12}?(?:无法|不能|不可以|没办法|不会|不便)(?:为你|为您|帮你|帮您)?"
    r"(?:帮助|帮忙|帮|协助|提供|撰写|编写|写|生成|创建|回答|满足|完成|透露|分享|参与|执行)",
    r"无法协助|无法满足|不能满足|恕我(?:无法|不能)",
    # Korean
    r"(?:도와|도움을\s?|제공해\s?|제공|만들어\s?|작성해\s?|알려\s?|답변(?:해)?\s?|응|들어|찾아\s?|공유해\s?)"
    r"(?:드릴|드리기|할|하기|드리)?\s?(?:수\s?(?:가\s?)?없|어렵)",
]

# Stating what the model cannot do (access, browse, call): often followed by real help.
_CAPABILITY = [
    r"\bi\s*(?:can(?:'|’)?t|cannot|can\s+not|(?:am|'m|’m)\s+(?:not\s+able|unable)\s+to)\s+(?:directly\s+)?(?:access|browse|"
    r"see|view|look\s+up|check|read|open|make\s+(?:phone\s+)?calls?|call|send|book|reserve|order|pay|log\s+in|"
    r"tell\s+you|give\s+you|search)\b",
    r"\bi\s+(?:do\s+not|don(?:'|’)?t)\s+have\s+(?:direct\s+)?(?:access|the\s+ability|real[- ]time|live|internet|"
    r"browsing|any\s+way)",
    r"\bas\s+an\s+ai\b[^.!?\n]{0,50}\b(?:can(?:'|’)?t|cannot|don(?:'|’)?t|do\s+not|unable)\b",
    r"\bno\s+(?:puedo|tengo\s+acceso|tengo\s+la\s+capacidad)\s+(?:\w+\s+){0,2}?(?:acceder|ver|consultar|llamar|reservar|"
    r"enviar|navegar|hacer\s+(?:reservas|llamadas|pagos|pedidos))|\bno\s+tengo\s+acceso\b",
    r"\b(?:habe\s+ich|ich\s+habe)\s+(?:\w+\s+)?keinen\s+(?:zugriff|zugang)\b|\b(?:anrufen|buchen|zugreifen)\s+kann\s+ich\b",
    r"\bje\s+n['’]ai\s+pas\s+accès\b|\bje\s+ne\s+(?:peux|suis)\s+pas\s+(?:\w+\s+)?(?:accéder|envoyer|appeler|réserver|"
    r"consulter|navigu)",
    r"\bnão\s+tenho\s+acesso\b|\bnão\s+(?:posso|consigo)\s+(?:\w+\s+)?(?:acessar|ligar|reservar|enviar|consultar|informar)",
    r"\bnon\s+ho\s+accesso\b|\bnon\s+posso\s+(?:\w+\s+)?(?:accedere|chiamare|prenotare|effettuare|inviare|consultare)",
    r"\bik\s+heb\s+geen\s+toegang\b|\b(?:ik\s+kan|kan\s+ik)\s+(?:\w+\s+)?niet\s+(?:bellen|boeken|inloggen|bekijken)\b",
    r"\bу\s+меня\s+нет\s+доступа\b|\bя\s+не\s+могу\s+(?:\w+\s+)?(?:провод\w*|звонить|позвонить|отправ\w*|заказ\w*|оплат\w*|"
    r"получить\s+доступ|просматривать|зайти)",
    r"(?:注文|電話|予約|アクセス|送信|閲覧|確認)(?:する)?(?:こと)?(?:は|が)?できません",
    r"(?:我)?(?:无法|不能)(?:直接)?(?:拨打|打电话|访问|查看|预订|下单|登录|联网)",
    r"(?:전화|접속|예약|주문|확인)(?:을|를)?\s?(?:할|드릴)\s?수\s?없",
]

# Every pattern above contains one of these (lowercase): replies without any are passed
# without running the patterns.
_TRIGGERS = (
    "can't",
    "can’t",
    "cannot",
    "can not",
    "won't",
    "won’t",
    "will not",
    "unable",
    "not able",
    "not going",
    "rather not",
    "prefer not",
    "decline",
    "refuse",
    "not something",
    "against",
    "not allowed",
    "not permitted",
    "not comfortable",
    "don't have",
    "don’t have",
    "do not have",
    "as an ai",
    "no puedo",
    "no voy",
    "no podré",
    "no debo",
    "me temo",
    "no me es",
    "no estoy en",
    "no tengo",
    "kann ich",
    "ich kann",
    "werde ich",
    "möchte ich",
    "will ich",
    "ich werde",
    "in der lage",
    "ablehn",
    "lehne",
    "keinen zugriff",
    "keinen zugang",
    "kann ich",
    "je ne ",
    "je refuse",
    "je dois refuser",
    "pas accès",
    "não posso",
    "não vou",
    "não consigo",
    "não devo",
    "não estou",
    "não tenho acesso",
    "non posso",
    "non potrò",
    "non devo",
    "non sono in grado",
    "preferisco non",
    "non mi è possibile",
    "non ho accesso",
    "ik kan",
    "kan ik",
    "ga ik niet",
    "ik help",
    "ik schrijf",
    "ik maak",
    "geen toegang",
    "не могу",
    "не буду",
    "не стану",
    "не смогу",
    "отказать",
    "не в состоянии",
    "нет доступа",
    "でき",
    "かねます",
    "お断り",
    "无法",
    "不能",
    "不可以",
    "没办法",
    "不会",
    "不便",
    "恕我",
    "없",
    "어렵",
)
# Short pieces of the triggers: a trigger can only occur where one of the pieces it contains
# occurs, so the opening is searched for the few pieces first and for the triggers of the
# pieces found after (a trigger that contains no piece is its own piece).
_PIECES = (
    "can",
    "won",
    "will",
    "unable",
    "not",
    "declin",
    "refus",
    "against",
    "don",
    "as an ai",
    "no ",
    "temo",
    "kan",
    "werde",
    "möchte",
    "in der lage",
    "lehn",
    "keinen zug",
    "je ne ",
    "pas acc",
    "não ",
    "non",
    "ik ",
    "geen toegang",
    "не ",
    "отказ",
    "нет доступа",
    "でき",
    "かねます",
    "お断り",
    "无法",
    "不",
    "没办法",
    "恕我",
    "없",
    "어렵",
)


def _by_piece() -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for trigger in _TRIGGERS:
        piece = next((piece for piece in _PIECES if piece in trigger), trigger)
        groups.setdefault(piece, []).append(trigger)
    return {piece: tuple(dict.fromkeys(triggers)) for piece, triggers in groups.items()}


_TRIGGERS_BY_PIECE = _by_piece()


def _has_trigger(lower: str) -> bool:
    """``any(trigger in lower for trigger in _TRIGGERS)``, searching for far fewer strings."""
    for piece, triggers in _TRIGGERS_BY_PIECE.items():
        if piece in lower:
            for trigger in triggers:
                if trigger in lower:
                    return True
    return False


_POLICY_RE = re.compile("|".join(f"(?:{p})" for p in _POLICY), re.I)
_CAPABILITY_RE = re.compile("|".join(f"(?:{p})" for p in _CAPABILITY), re.I)
# Turning to actual help after declining: "but here is", "pero aquí tienes", ...
_DELIVERY = re.compile(
    r"\bhere(?:'s|’s|\s+is|\s+are)\b|\bbelow\s+is\b|\bas\s+follows\b|\baquí\s+tienes\b|\baquí\s+está|"
    r"\bhier\s+(?:ist|sind)\b|\bso\s+(?:geht|buchen|machen)\b|\bvoici\b|\bvoilà\b|\becco\b|\beis\b|\baqui\s+está|"
    r"\bhier\s+is\b|\bвот\b|以下|次の|手順|如下|下面|方法如下|다음|방법은|이렇게|как\s+быстро|как\s+это\s+сделать|"
    r"\bsteps?\b|\bpasos\b|\bschritte\b|\bétapes\b|\bpassos\b|\bpassaggi\b|\bstappen\b",
    re.I,
)
_LIST_ITEM = re.compile(r"^\s*(?:\d+[.)]|[-*•])\s+\S", re.M)
_PIVOT = re.compile(
    r"\b(?:but|however|though|pero|sin\s+embargo|aber|jedoch|mais|cependant|mas|porém|però|ma|maar|но|однако)\b|"
    r"が、|けど|不过|但是|但|하지만|지만",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?。！？\n]")


def _rest_after(text: str, end: int) -> str:
    """What follows the refusal: after a "but" in its sentence, else after the sentence."""
    stop = _SENTENCE_END.search(text, end)
    pivot = _PIVOT.search(text, end, stop.start() if stop else len(text))
    if pivot is not None:
        return text[pivot.end() :].strip()
    return text[stop.end() :].strip() if stop else ""


def _delivers(rest: str) -> bool:
    """True when what follows a refusal is substantial content, not an offer or a lecture."""
    if len(rest) < DELIVERY_CHARS:
        return False
    return "```" in rest or len(_LIST_ITEM.findall(rest)) >= 2 or _DELIVERY.search(rest[:200]) is not None


@check(
    "refusal",
    level="walk",
    owner=OWNER,
    review_by="2027-06-30",
    labels=("pass", "fail"),
    description="fail when the model declines the request (structured or in the reply's opening).",
)
def refusal(exchange: Exchange) -> Result | None:
    """``fail`` when the model declines: a structured refusal, or declining words up front."""
    if exchange.error_type is not None:
        return None
    if exchange.refusal and exchange.refusal.strip():
        return Result(label="fail", explanation="structured refusal from the provider")
    if any(r.lower() in _FINISH_REFUSAL for r in exchange.finish_reasons):
        return Result(label="fail", explanation="finish reason refusal")
    text = exchange.output_text.strip()
    if not text:
        return None
    opening = text[:OPENING_CHARS]
    lower = opening.lower()
    if not _has_trigger(lower):
        return PASS
    policy = _POLICY_RE.search(opening)
    capability = _CAPABILITY_RE.search(opening)
    if policy is None and capability is None:
        return PASS
    if policy is not None and (capability is None or policy.start() < capability.start()):
        rest = _rest_after(text, policy.end())
        if _delivers(rest) or _delivers(text[policy.end() :]):
            return Result(label="pass", explanation="declines part, then delivers")
        return Result(label="fail", explanation="declines in the opening")
    assert capability is not None
    rest = _rest_after(text, capability.end())
    after = text[capability.end() :]
    if len(rest) >= CAPABILITY_HELP_CHARS or _delivers(after):
        return Result(label="pass", explanation="states a limit, then helps")
    return Result(label="fail", explanation="cannot do what was asked")
