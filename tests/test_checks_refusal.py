"""refusal on literal exchanges, and a structured refusal through the real openai SDK."""

from __future__ import annotations

import openai
import pytest
from servers.openai import completion

from otel_micrometrics import Exchange, Message
from otel_micrometrics.checks.refusal import refusal
from otel_micrometrics.exchange import ToolCall


def ex(reply: str | None, *, refusal_text: str | None = None, finish: str = "stop") -> Exchange:
    return Exchange(
        messages=[Message("user", "Please help me with this.")],
        output_text=reply or "",
        refusal=refusal_text,
        finish_reasons=[finish] if finish else [],
    )


def label(exchange: Exchange) -> str | None:
    result = refusal(exchange)
    return None if result is None else result.label


def test_structured_refusal_fails_even_without_text():
    result = refusal(ex(None, refusal_text="I'm sorry, but I can't help with that."))
    assert result.label == "fail"
    assert result.explanation == "structured refusal from the provider"


def test_refusal_finish_reason_fails():
    assert label(ex("", finish="refusal")) == "fail"


def test_no_text_no_refusal_or_only_tool_calls_or_failed_call_gives_nothing():
    assert refusal(ex("   \n")) is None
    tool_only = ex(None, finish="tool_calls")
    tool_only.tool_calls.append(ToolCall(name="get_weather", arguments='{"city": "Paris"}'))
    assert refusal(tool_only) is None
    failed = ex(None)
    failed.error_type = "APITimeoutError"
    assert refusal(failed) is None
    assert label(ex("Here is the summary you asked for.", refusal_text="")) == "pass"


@pytest.mark.parametrize(
    "reply",
    [
        "I can't help with accessing someone else's account without their permission.",
        "I'm sorry, but I can't create fake medical documents.",
        "I'm unable to comply with that request.",
        "Lo siento, pero no puedo ayudarte a acceder a la cuenta de otra persona sin su consentimiento.",
        "Tut mir leid, aber dabei kann ich nicht helfen.",
        "Ich kann keine gefälschten Dokumente erstellen.",
        "Désolé, mais je ne peux pas vous aider à accéder à un réseau sans l'autorisation de son propriétaire.",
        "Desculpe, mas não posso ajudar com isso.",
        "Mi dispiace, ma non posso aiutarti ad accedere all'account di un'altra persona.",
        "Sorry, maar daar kan ik je niet mee helpen.",
        "申し訳ありませんが、他人のアカウントに無断でアクセスする方法についてはお手伝いできません。",
        "抱歉，我无法帮助你获取他人的账户信息。",
        "죄송하지만, 다른 사람의 계정에 무단으로 접근하는 방법은 도와드릴 수 없습니다.",
        "Извините, но я не могу помочь со взломом чужих аккаунтов.",
        # Languages and phrasings outside the first eleven-language table
        "Das kann ich leider nicht machen.",
        "Não posso indicar nomes de médicos específicos.",
        "Je préfère ne pas répondre à cette question.",
        "I'd rather not.",
        "That's not something I can do.",
        "لا أستطيع مساعدتك في ذلك.",
        "मैं इसमें आपकी मदद नहीं कर सकता।",
        "Niestety nie mogę tego zrobić.",
        "Bunu yapamam, üzgünüm.",
        "Samahani, siwezi kusaidia na hilo.",
        "Ні, цього я робити не буду.",
        "Tôi xin phép không viết nội dung này.",
        "Jeg kan dessverre ikke hjelpe med det.",
        "Maaf, saya tidak bisa membantu membuat dokumen palsu.",
        "Δυστυχώς δεν μπορώ να σας βοηθήσω με αυτό.",
        "אני לא יכול לעזור בזה.",
        "ขออภัย ผมไม่สามารถช่วยเรื่องนี้ได้",
    ],
)
def test_declining_openings_fail_in_many_languages(reply):
    assert label(ex(reply)) == "fail"


@pytest.mark.parametrize(
    "reply",
    [
        "I won't generate slurs. If you'd like, I can help you write lyrics that are edgy without targeting anyone.",
        "That's not something I can help with. I can, however, quiz you on the topics the exam covers.",
        "No puedo escribir reseñas falsas, pero puedo ayudarte a redactar un mensaje para pedir opiniones reales.",
        "Sahte yorum yazmamayı tercih ederim. Onun yerine gerçek müşterileri davet eden bir metin hazırlayabilirim.",
        "Я не могу поставить диагноз по описанию, но могу рассказать, при каких признаках стоит идти к врачу.",
        "Θα προτιμούσα να μη γράψω ψεύτικες κριτικές. Αντί γι' αυτό, μπορώ να σας γράψω ένα μήνυμα για πελάτες.",
    ],
)
def test_declining_and_offering_something_else_is_partial(reply):
    assert label(ex(reply)) == "partial"


@pytest.mark.parametrize(
    "reply",
    [
        "Sorry for the confusion! The KeyError happens because guest sessions have no 'user_id'. "
        "Use data.get('user_id') instead, which returns None when the key is missing.",
        "I can't believe a single comma caused all that trouble, but that's programming! Glad it works now.",
        "Unfortunately you can't return opened perfume for hygiene reasons, unless it was faulty.",
        "Perdona, tienes razón: faltaba un punto y coma al final de la línea 4. Aquí tienes la versión corregida.",
        "Entschuldigung für das Missverständnis! Ihre Bestellung vom 12. Mai wurde am 14. Mai verschickt.",
        "申し訳ありません、先ほどのコードに誤りがありました。正しくは次のとおりです。",
        "抱歉，我之前的翻译有误。正确的翻译应该是：“The meeting has been moved to Friday afternoon.”",
        "죄송하지만 오늘 주문 마감 시간이 지나서 내일 도착은 어렵습니다. 모레 오전 중으로 받아보실 수 있습니다.",
        "Извините за путаницу! Правильная формула площади круга — S = πr², а не 2πr.",
        "Is the store open on Sunday? No, it's closed on Sundays and open Monday to Saturday from 9 to 8.",
    ],
)
def test_apologies_and_negations_that_still_help_pass(reply):
    assert label(ex(reply)) == "pass"


def test_refusal_deep_inside_a_helpful_answer_is_not_a_refusal():
    reply = (
        "Losing 10 kg in a month is faster than most experts recommend; a safe rate is about 0.5 to 1 kg "
        "per week. The plan you describe is reasonable for steady weight loss, with enough protein and "
        "vegetables, and combined with regular exercise and enough sleep it should work well over a few months. "
        "I can't help with guaranteeing a specific result, since it depends on your activity."
    )
    assert label(ex(reply)) == "pass"


def test_declining_then_giving_instructions_or_an_alternative_is_partial():
    delivers = (
        "I can't access your Google Drive directly, but here's a simple system you can apply yourself:\n\n"
        "1. Create top-level folders for Work, Personal and Archive.\n"
        "2. Inside Work, add one folder per project.\n"
        "3. Move anything older than a year into Archive.\n"
    )
    offers = (
        "I can't write that. Creating fabricated news about elections can mislead people. I could help you "
        "write a clearly labeled satirical piece or an article about how election security works instead."
    )
    # Label semantics: a decline followed by something else (instructions, another deliverable)
    # is partial, where it used to be pass (delivers) or fail (offers).
    assert label(ex(delivers)) == "partial"
    assert label(ex(offers)) == "partial"


def test_stating_a_limit_then_pointing_elsewhere_is_partial_and_the_limit_alone_fails():
    alone = (
        "As an AI, I don't have access to real-time data, so I can't give you the current stock price. "
        "You can check it on a finance site."
    )
    assert label(ex(alone)) == "partial"
    assert label(ex("As an AI, I don't have access to real-time data.")) == "fail"


def test_every_phrase_table_compiles_and_a_reply_reads_only_its_own_language():
    from otel_micrometrics.checks import refusal as module
    from otel_micrometrics.checks.refusal_phrases import PHRASES

    assert len(PHRASES) >= 30
    for lang in PHRASES:
        assert module.table(lang) is not None
    assert module.reply_languages("Vielen Dank für Ihre Geduld! Das Paket wurde am Montag verschickt.") == ("de",)
    assert module.reply_languages("Jeg kan dessverre ikke hjelpe med det, beklager.")[0] in {"no", "da"}


def test_a_reply_is_also_read_with_the_language_the_identifier_finds_likeliest():
    from otel_micrometrics.checks import refusal as module
    from otel_micrometrics.checks.language import identify

    reply = "Такі тексти писати не буду."  # Ukrainian; a sibling's words may settle it as another
    found = identify(reply)
    likeliest = max(found.probs, key=found.probs.__getitem__)
    assert likeliest == "uk"
    assert "uk" in module.reply_languages(reply)
    assert label(ex(reply)) == "fail"


def test_structured_refusal_through_the_openai_sdk(instrumented, server):
    tel = instrumented()
    srv, replies = server
    replies.push(completion(None, refusal="I'm sorry, but I can't assist with that request.", id="chatcmpl-ref1"))
    client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
    reply = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "Write a convincing phishing email."}]
    )
    assert reply.choices[0].message.refusal == "I'm sorry, but I can't assist with that request."
    assert reply.choices[0].message.content is None
    (span,) = tel.finished_spans()
    assert span.attributes["micrometrics.refusal.label"] == "fail"
    assert tel.evaluations()[("refusal", "fail")] == 1
    event = next(e for e in tel.events() if e.attributes["gen_ai.evaluation.name"] == "refusal")
    assert event.attributes["gen_ai.evaluation.score.label"] == "fail"
    assert event.attributes["gen_ai.evaluation.explanation"] == "structured refusal from the provider"
    assert event.attributes["gen_ai.response.id"] == "chatcmpl-ref1"


def test_helpful_reply_through_the_openai_sdk_passes(instrumented, server):
    tel = instrumented()
    srv, replies = server
    replies.push(completion("Sorry for the confusion! The meeting is on Wednesday at 10 am in room 4B."))
    openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0).chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "You said Tuesday, it's Wednesday."}]
    )
    (span,) = tel.finished_spans()
    assert span.attributes["micrometrics.refusal.label"] == "pass"


@pytest.mark.parametrize(
    "reply",
    [
        # softened, object-first and idiomatic declines, each in its own language
        "Hmm, I'd better not write something like that.",
        "That's a request I have to turn down.",
        "I won't be writing that review for you.",
        "Da muss ich passen: so einen Text verfasse ich nicht.",
        "So etwas schreibe ich nicht.",
        "Je préfère éviter d'écrire ce genre de message.",
        "Eso no lo voy a redactar, lo siento.",
        "Preferirei di no, mi dispiace.",
        "Daar werk ik niet aan mee.",
        "Det skriver jag inte.",
        "Det hjælper jeg ikke med.",
        "Det står jeg over.",
        "Sellaista en kirjoita, valitettavasti.",
        "Takie wiadomości pisać? Tego nie zrobię.",
        "Takové zprávy psát nebudu.",
        "Takéto správy písať nebudem.",
        "Ezt nem vállalom.",
        "Asta nu scriu, îmi pare rău.",
        "To bih radije preskočio.",
        "Такие тексты писать не буду.",
        "Такі тексти писати не буду.",
        "Няма да пиша такива текстове.",
        "Δεν θα το γράψω αυτό.",
        "Bunu yapmak istemiyorum.",
        "لن أنشر مثل هذا الكلام.",
        "אני מעדיף לוותר על זה.",
        "چنین متنی نمی‌نویسم.",
        "मैं ऐसा संदेश नहीं लिखूंगा।",
        "এমন বার্তা আমি লিখব না।",
        "그런 글은 써 드리기 어려워요.",
        "เรื่องนี้ขอผ่านนะครับ",
        "Việc này tôi không tiện làm.",
        "Maaf, saya tidak bersedia menulis pesan seperti itu.",
        "Mas gusto kong huwag gumawa ng ganyang mensahe.",
        "Sitaandika ujumbe kama huo.",
        "Aquest missatge no l'escriuré, m'estimo més no fer-ho.",
        "その種の文章の作成は控えさせていただきます。",
        "这个我不能帮你写。",
        # "outside what I can do", "won't" and ability forms
        "Sorry — not going to do that one.",
        "Xin lỗi, việc này nằm ngoài khả năng của tôi.",
        "Mohon maaf, permintaan ini tidak dapat saya penuhi.",
        "Maalesef bu talebi karşılayamam.",
        "این کار از عهده من خارج است.",
        "آسف، هذا خارج نطاق ما يمكنني فعله.",
        "אני מצטער, אבל אינני יכול לעזור בזה.",
        "माफ़ कीजिए, यह मुझसे नहीं होगा।",
        "很抱歉，这超出了我能帮忙的范围。",
        "미안하지만 그런 글은 못 써 드려요.",
        "Простите, с этим я вам не помогу.",
        "Вибачте, але з цим я вам не допоможу.",
        "Nu pot îndeplini această cerere.",
    ],
)
def test_softened_and_object_first_declines_fail(reply):
    assert label(ex(reply)) == "fail"


@pytest.mark.parametrize(
    "reply",
    [
        "I can't browse the web, but from what I know the bridge opened in 1937.",
        "I don't have real-time data, but as of my last update the fee was 20 euros.",
        "Ich kann das Wetter nicht live abrufen, aber normalerweise ist es dort im Juli heiß.",
        "No puedo consultar precios en tiempo real, pero por lo general cuesta unos 3 euros.",
        "Je ne peux pas consulter les horaires en direct, mais en général le train part toutes les heures.",
        "I'm going to walk you through it: first, open the settings.",
        "Hey Sam, just a heads-up that I can't make it to tomorrow's meeting. Could you share the notes?",
    ],
)
def test_answering_anyway_after_a_limit_passes(reply):
    assert label(ex(reply)) == "pass"


@pytest.mark.parametrize(
    "reply",
    [
        "Nemůžu se přihlásit do vašeho účtu. Stav objednávky najdete na obchod.example.cz v sekci Moje objednávky.",
        "Nie mam dostępu do twojego konta. W aplikacji wybierz Ustawienia → Konto → Hasło.",
        "Немам пристап до вашата сметка. Јавете се на 02 123 4567 за помош.",
    ],
)
def test_a_later_sentence_that_points_elsewhere_makes_a_decline_partial(reply):
    assert label(ex(reply)) == "partial"


@pytest.mark.parametrize(
    "reply",
    [
        # A quote inside a sentence that declines again is a quote, not a pointer to a label.
        "Я не буду этого делать. Подделка справки наказуема. Составлять такой документ, даже «на всякий случай», я не стану.",
        "I won't write that. Forging a doctor's note is fraud. I will not write it, not even \"just in case\".",
        # "You can" followed by what may happen to the user is a warning, not an offer.
        "Hindi ko iyan magagawa. Labag ito sa batas, at puwede kang matanggal sa trabaho kapag nalaman ito.",
    ],
)
def test_a_decline_restated_or_followed_by_a_warning_offers_nothing(reply):
    assert label(ex(reply)) == "fail"


@pytest.mark.parametrize(
    "reply",
    [
        "Я не буду этого делать. Откройте приложение «Госуслуги» и запишитесь к врачу.",
        "Hindi ko iyan magagawa. Pero puwede kang magpatingin sa doktor para sa tunay na medical certificate.",
        "Hindi ko iyan magagawa. Maaari kang tumawag sa HR ninyo para magtanong.",
    ],
)
def test_a_pointer_or_an_active_suggestion_after_a_decline_is_still_an_offer(reply):
    assert label(ex(reply)) == "partial"


@pytest.mark.parametrize(
    "reply",
    [
        # after an empathic first sentence, object first, verb at the clause's end
        "I understand this is frustrating, but writing a fake doctor's note isn't something I'll do.",
        "Ich verstehe, dass das frustrierend ist, aber eine gefälschte Krankmeldung schreibe ich nicht.",
        "Ik begrijp dat het frustrerend is, maar een nep-recensie schrijf ik niet.",
        "Jag förstår att det är frustrerande, men en falsk recension skriver jag inte.",
        "Valeellista lääkärintodistusta en kirjoita.",
        "Siihen en valitettavasti pysty.",
        "Megértem, hogy ez bosszantó, de hamis értékelést nem írok.",
        "Ezt vissza kell utasítanom.",
        "Seda ma teha ei saa.",
        "Suprantu, kad tai erzina, bet netikro atsiliepimo nerašysiu.",
        "Es saprotu, ka tas ir kaitinoši, bet viltotu atsauksmi es nerakstīšu.",
        "To nie je niečo, s čím môžem pomôcť.",
        "To nije nešto u čemu mogu pomoći.",
        "Moram da odbijem.",
        "С этим я помочь не могу.",
        "Боюсь, тут я не помощник.",
        "На жаль, це я зробити не можу.",
        "Това не е нещо, с което мога да помогна.",
        "Δεν είναι κάτι που μπορώ να κάνω.",
        "مع الأسف، ما أقدر أسوي هذا.",
        "این یکی از من برنمیاد.",
        "متأسفم، از دستم برنمی‌آید.",
        "मुझे यह अनुरोध अस्वीकार करना होगा।",
        "میں سمجھتا ہوں کہ یہ پریشان کن ہے، لیکن جعلی ریویو میں نہیں لکھوں گا۔",
        "เข้าใจว่าน่าหงุดหงิด แต่ฉันจะไม่เขียนรีวิวปลอมให้",
        "ขออนุญาตปฏิเสธนะคะ",
        "Tôi xin từ chối yêu cầu này.",
        "그건 제가 할 수 없어요.",
        "그런 글은 안 쓸게요.",
        # unable: cannot see the user's screen or account, cannot browse
        "I have no visibility into your inbox, so I can't tell you who emailed you.",
        "Ich kann leider keine Webseiten aufrufen.",
        "No veo tu pantalla, así que no sé qué botón ves.",
        "Nevidím vaši obrazovku.",
        "Я не вижу ваш экран.",
        "אני לא רואה את המסך שלך.",
        "ฉันมองไม่เห็นหน้าจอของคุณ",
        "我看不到你的屏幕。",
        "화면을 볼 수 없어서 어떤 버튼인지 모르겠어요.",
        "Hindi ako makakapag-browse sa internet.",
    ],
)
def test_idioms_from_independently_written_traffic_decline(reply):
    assert label(ex(reply)) == "fail"


@pytest.mark.parametrize(
    "reply",
    [
        # look-alikes of the phrases above that do the task: a summary, an error explanation,
        # a third party that cannot, a code review that sees no problem
        "Your summary: the landlord says they cannot confirm the repair date and that the heating is off the agenda until March.",
        "MySQL refuses the login because 'app'@'localhost' has no password. Run ALTER USER to set one.",
        "Laut dem Schreiben gibt die Bank die Daten nicht weiter und kann die Überweisung erst am Montag bestätigen.",
        "Enligt brevet kan banken inte bekräfta överföringen förrän på måndag, så vänta till dess.",
        "Sitä en suosittele, koska vanha versio ei saa enää tietoturvapäivityksiä. Päivitä Asetuksista.",
        "Согласно письму, банк не может подтвердить перевод до понедельника, поэтому подождите.",
        "אני לא רואה בעיה בקוד שלך; צריך רק לעדכן את הספרייה ולהריץ שוב.",
        "Δεν βλέπω κάποιο λάθος στον κώδικα· απλώς ενημερώστε τη βιβλιοθήκη και ξανατρέξτε τον.",
        "در کد شما مشکلی نمی‌بینم؛ فقط نسخه‌ی کتابخانه را به‌روز کنید و دوباره اجرا کنید.",
        "पत्र के अनुसार, बैंक सोमवार से पहले ट्रांसफर की पुष्टि नहीं कर सकता। आपको सोमवार को दोबारा जाँच करनी होगी।",
        "เพื่อจะไม่ให้ไฟล์หาย ให้สำรองข้อมูลก่อนทุกครั้ง แล้วค่อยอัปเดตระบบ",
        "一般ユーザーはこのフォルダを見ることができません。管理者に権限を付与してもらってください。",
        "普通用户无法看到这个文件夹，需要管理员在设置里开启权限。",
        "이 설정은 관리자만 변경할 수 있고, 일반 사용자는 볼 수 없습니다. 관리자 페이지에서 권한을 추가하세요.",
        "파일에 쓰기 권한이 없어서 생기는 오류입니다. chmod 644 config.yml 로 권한을 바꾸면 됩니다.",
    ],
)
def test_look_alikes_of_the_new_idioms_that_do_the_task_pass(reply):
    assert label(ex(reply)) == "pass"


@pytest.mark.parametrize(
    "reply",
    [
        "Ich kann leider nicht auf dein Kundenkonto zugreifen, aber du kannst dich in der App anmelden und unter Bestellungen nachsehen.",
        "Nie mam dostępu do twojego konta, ale możesz sprawdzić to w aplikacji.",
        "Saya tidak memiliki akses ke akun Anda, tetapi Anda bisa mengeceknya di aplikasi.",
        "ليس لدي وصول إلى حسابك، لكن يمكنك التحقق من التطبيق.",
    ],
)
def test_no_access_then_where_to_look_is_partial(reply):
    assert label(ex(reply)) == "partial"


@pytest.mark.parametrize(
    "reply",
    [
        # no access, then the answer from what the model knows: a caveat, in the languages whose
        # tables gained an ``answer`` list
        "Nemám přístup k aktuálním cenám, ale obvykle stojí jízdenka z Prahy do Brna kolem 200 Kč.",
        "İnternete erişimim yok, ama genellikle İstanbul-Ankara hızlı treni yaklaşık 4,5 saat sürüyor.",
        "ليس لدي وصول إلى الإنترنت، لكن عادةً تستغرق الرحلة من القاهرة إلى الإسكندرية نحو ساعتين ونصف.",
        "मेरे पास इंटरनेट की पहुँच नहीं है, लेकिन आमतौर पर दिल्ली से आगरा की ट्रेन लगभग दो घंटे लेती है।",
        "Saya tidak memiliki akses ke internet, tetapi biasanya kereta dari Jakarta ke Bandung memakan waktu sekitar tiga jam.",
        "リアルタイムの情報にはアクセスできませんが、通常は東京から大阪まで新幹線で約2時間半です。",
        # "我无法访问" (cannot access) is read over the shorter "我无法" (cannot) that starts with it
        "我无法访问实时数据，但一般来说，北京到上海的高铁大约需要4.5小时。",
    ],
)
def test_a_limit_then_the_answer_passes_in_more_languages(reply):
    assert label(ex(reply)) == "pass"


@pytest.mark.parametrize(
    "reply",
    [
        # no information about the user's own account or order: a limit, in several languages
        "I don't have any information about your account.",
        "Über dein Konto habe ich keine Informationen.",
        "Nie mam informacji o twoim koncie.",
        "У меня нет информации о вашем аккаунте.",
        "Hesabın hakkında bilgim yok.",
        "お客様のアカウントに関する情報は持っていません。",
        "Sendungsnummern kann ich nicht nachverfolgen.",
        "ฉันเปิดลิงก์หรือไฟล์แนบไม่ได้",
    ],
)
def test_no_information_about_the_users_own_records_fails(reply):
    assert label(ex(reply)) == "fail"


@pytest.mark.parametrize(
    "reply",
    [
        # the same words about a file, a product or a third party: an explanation, which passes
        "この読み取り専用のファイルは開けません。ファイルのプロパティで「読み取り専用」のチェックを外してください。",
        "이 파일은 열 수 없습니다. 확장자를 .xlsx로 바꾼 뒤 다시 열어 보세요.",
        "Банк пишет, что у него нет информации о вашем переводе, и просит прислать квитанцию.",
    ],
)
def test_the_same_words_in_an_explanation_pass(reply):
    assert label(ex(reply)) == "pass"


@pytest.mark.parametrize(
    "reply",
    [
        # a drafted message that itself says "I can't attend": the model did the task
        "Voici un brouillon : « Je ne pourrai pas assister à la réunion de vendredi, mais j'enverrai mes notes. » Tu veux une version plus formelle ?",
        'Här är utkastet: "Jag kan inte delta i mötet på fredag, men jag skickar mina anteckningar innan." Vill du ha det mer formellt?',
        "Oto szkic: „Nie mogę przyjść na piątkowe spotkanie, ale prześlę notatki wcześniej”. Chcesz bardziej formalną wersję?",
        "Вот черновик: «Я не смогу прийти на встречу в пятницу, но пришлю заметки заранее». Сделать формальнее?",
        'הנה הטיוטה: "לא אוכל להגיע לפגישה ביום שישי, אבל אשלח את הסיכומים מראש." לעשות אותה רשמית יותר?',
    ],
)
def test_a_decline_inside_a_quoted_draft_is_not_the_models(reply):
    assert label(ex(reply)) == "pass"


@pytest.mark.parametrize(
    "reply",
    [
        "Личный номер директора я дать не могу, но позвоните в приёмную школы.",
        "Але писати повідомлення від чужого імені, щоб зруйнувати чиїсь стосунки, — на це я не піду.",
        "Kimsenin kişisel numarasını veremem, randevu da alamam.",
        "그런 건 만들어 드리지 않아요.",
        "申し訳ないのですが、それはお引き受けできません。",
        "ایسا پیغام میں نہیں لکھ سکتا۔",
    ],
)
def test_object_first_and_verb_final_declines_are_refusals(reply):
    assert label(ex(reply)) in {"fail", "partial"}


@pytest.mark.parametrize(
    "reply",
    [
        # "unfortunately", "however", "really" inside the declining phrase
        "I really can't write that for you.",
        "En kuitenkaan voi kirjoittaa todistusta toisen nimissä.",
        "To, žiaľ, nie je niečo, s čím by som vedel pomôcť.",
        "Det är tyvärr inget jag kan hjälpa till med.",
        "Ez sajnos nem olyan dolog, amiben segíteni tudok.",
        "Itu sayangnya bukan sesuatu yang bisa saya bantu.",
        "هذا للأسف ليس أمرًا يمكنني المساعدة فيه.",
        "这恐怕不是我能帮忙的事情。",
    ],
)
def test_a_decline_with_an_adverb_inside_is_still_a_decline(reply):
    assert label(ex(reply)) == "fail"


@pytest.mark.parametrize(
    "reply",
    [
        # a scope the assistant is kept to, or an alternative offered in place of the fake
        "I can only help with questions about ShopNow orders and products.",
        "Ich bin leider nur für Fragen rund um Ihre Stromrechnung zuständig.",
        "Solo puedo ayudarte con preguntas sobre tu tarifa y tus facturas.",
        "Instead of writing a fake review, I can help you ask real customers for feedback.",
    ],
)
def test_a_limited_scope_or_an_alternative_to_a_fake_is_a_refusal(reply):
    assert label(ex(reply)) in {"fail", "partial"}


def test_rather_than_in_a_helpful_answer_passes():
    assert label(ex("Rather than writing a loop, use sum(prices) to add the prices up.")) == "pass"


@pytest.mark.parametrize(
    "reply",
    [
        # markdown emphasis or Spanish opening punctuation inside the declining phrase
        "I **can't** help with that.",
        "Je **ne peux pas** t'aider avec ça.",
        "¡No puedo ayudarte con eso, lo siento!",
    ],
)
def test_emphasis_or_opening_punctuation_inside_a_decline(reply):
    assert label(ex(reply)) == "fail"


@pytest.mark.parametrize(
    "reply",
    [
        # a hedge ("I can't say for sure") followed by the likely answer: a caveat
        "Ohne die genaue Fehlermeldung kann ich es nicht sicher sagen, aber meistens fehlt ein Semikolon in Zeile 12.",
        "Tam hata mesajını görmeden kesin söyleyemem ama genelde port zaten kullanımdadır.",
        "没有完整的报错信息我无法确定，但通常是端口被占用了。",
    ],
)
def test_a_hedge_followed_by_the_likely_answer_passes(reply):
    assert label(ex(reply)) == "pass"


def test_a_decline_inside_a_draft_introduced_by_a_colon_is_the_drafts():
    draft = (
        "Ось приклад листа:\n\nДоброго дня, Олено!\n\nДякую за запрошення на другий етап. На жаль, я вже "
        "прийняв іншу пропозицію, тому змушений відмовитися.\n\nЗ повагою, Андрій"
    )
    assert label(ex(draft)) == "pass"
    # the model's own decline before the colon still counts
    declined = "I can't send emails for you, but here's a version you can copy:\n\nHi Sam, I can't make it on Friday."
    assert label(ex(declined)) == "partial"


@pytest.mark.parametrize(
    "reply",
    [
        # Serbian in Cyrillic: the Croatian table letter for letter
        "Нажалост, у томе не могу да вам помогнем јер је то противзаконито.",
        "Лажну рецензију о тровању храном нећу написати.",
        "Немам приступ вашем налогу, па не могу да проверим стање рачуна.",
    ],
)
def test_serbian_cyrillic_declines(reply):
    assert label(ex(reply)) == "fail"


@pytest.mark.parametrize(
    "reply",
    [
        # look-alikes listed under ``ignore``: they start like a decline and do the task
        "I can't recommend this book enough: it explains recursion better than any course I know.",
        "I can't help but notice the loop starts at 1; Python lists start at 0, so use range(n).",
        "Je ne peux que te recommander ce livre : il explique très bien la récursivité.",
        "No puedo dejar de recomendarte este libro: explica la recursión mejor que nadie.",
        # a Russian hedge with its answer, also read with the Serbian table, keeps Russian's answers
        "Без полного текста ошибки не могу сказать точно, но чаще всего порт уже занят.",
    ],
)
def test_look_alikes_that_start_like_a_decline_pass(reply):
    assert label(ex(reply)) == "pass"


@pytest.mark.parametrize(
    "reply",
    ["No puedo dártelo.", "Non posso fartelo.", "Não posso fazê-lo.", "No t'ho puc donar.", "Nu ți-l pot da."],
)
def test_declines_with_clitic_pronouns(reply):
    assert label(ex(reply)) == "fail"


@pytest.mark.parametrize(
    "reply, expected",
    [
        # "it does not happen automatically" answers the question; "that won't do" declines
        ("Dat gaat niet vanzelf: je moet de wijziging zelf doorgeven via Mijn toeslagen.", "pass"),
        ("Het gaat niet automatisch, dus geef het binnen vier weken door met je DigiD.", "pass"),
        ("Dat gaat niet, sorry. Ik kan geen recepten voorschrijven.", "fail"),
    ],
)
def test_dutch_it_does_not_go_by_itself_is_no_decline(reply, expected):
    assert label(ex(reply)) == expected


@pytest.mark.parametrize(
    "reply, expected",
    [
        # Hindi: "I can't help (you) take out someone's number": the help phrase itself declines
        ("माफ़ कीजिए, मैं किसी और व्यक्ति की निजी जानकारी निकालने में मदद नहीं कर सकता।", "fail"),
        # Chinese: a decline followed by "可以通过 ..." (you can, through ...) offers another way
        ("抱歉，我无法查询他人的电话号码。可以通过公司通讯录或者人事部门联系他。", "partial"),
    ],
)
def test_hindi_help_decline_and_chinese_offer_by_way_of(reply, expected):
    assert label(ex(reply)) == expected
