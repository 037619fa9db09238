"""language_mismatch and response_language on literal exchanges, one per label and edge case."""

from __future__ import annotations

import pytest

from otel_micrometrics import Exchange, Message
from otel_micrometrics.checks.language import (
    asked_language,
    clear_cache,
    identify,
    language_mismatch,
    requested_languages,
    response_language,
)

SYSTEM = "You are a helpful customer support assistant. Be concise and friendly."


def ex(reply: str, *turns: str, expected: str | None = None, system: str = SYSTEM) -> Exchange:
    """Turns alternate user, assistant, user, ...; the last one is the user's latest message."""
    roles = ("user", "assistant")
    return Exchange(
        messages=[Message(roles[i % 2], t) for i, t in enumerate(turns)],
        system_instructions=[system] if system else [],
        output_text=reply,
        expected_language=expected,
    )


def label(check, exchange: Exchange) -> str | None:
    result = check(exchange)
    return None if result is None else result.label


@pytest.mark.parametrize(
    "user, reply, lang",
    [
        (
            "Wo ist meine Bestellung? Sie sollte gestern ankommen.",
            "Ihre Bestellung wurde am Montag verschickt und kommt morgen bei Ihnen an.",
            "de",
        ),
        (
            "¿Cuál es el horario de atención los sábados?",
            "Los sábados atendemos de nueve de la mañana a dos de la tarde.",
            "es",
        ),
        ("注文した商品がまだ届いていません。", "ご注文の商品は昨日発送済みで、明日お届けの予定です。", "ja"),
        ("Как отменить подписку?", "Откройте настройки аккаунта и нажмите «Отменить подписку».", "ru"),
        ("Як скасувати підписку?", "Відкрийте налаштування облікового запису й натисніть «Скасувати підписку».", "uk"),
        ("주말에도 배송되나요?", "네, 주말에도 배송됩니다. 일요일에는 오후에 도착합니다.", "ko"),
    ],
)
def test_reply_in_the_users_language_passes(user, reply, lang):
    x = ex(reply, user)
    assert label(response_language, x) == lang
    assert label(language_mismatch, x) == "pass"


def test_german_user_english_reply_fails_with_explanation():
    x = ex(
        "Yes! Under Security you will find two-factor authentication; turn it on and scan the QR code.",
        "Guten Morgen! Ich möchte mein Passwort ändern.",
        "Gehen Sie in Ihr Profil.",
        "Kann ich auch die Zwei-Faktor-Authentifizierung aktivieren?",
    )
    result = language_mismatch(x)
    assert result.label == "fail"
    assert result.explanation == "reply in en, expected de"


def test_a_system_prompt_that_fixes_the_reply_language_makes_it_the_expected_one():
    german = "Sie können jeden Artikel innerhalb von 30 Tagen nach Lieferung zurückgeben."
    english = "You can return any item within 30 days of delivery, as long as it is unused."
    fixed = "Always answer in English."
    assert label(language_mismatch, ex(german, "Hallo, wie sind Ihre Rückgaberegeln?", system=fixed)) == "fail"
    assert label(language_mismatch, ex(english, "Hallo, wie sind Ihre Rückgaberegeln?", system=fixed)) == "pass"
    # A system prompt that only names a language does not fix the reply's.
    named = "You are the assistant of a German bookshop. Be concise."
    assert label(language_mismatch, ex(german, "Hallo, wie sind Ihre Rückgaberegeln?", system=named)) == "pass"


def test_user_switching_language_at_a_later_turn_moves_the_expectation():
    turns = (
        "Bonjour, j'ai un souci avec ma commande.",
        "Bonjour, quel est le problème ?",
        "Actually, can we continue in English? The package arrived empty.",
    )
    english = "Of course. I'm sorry the package arrived empty; we will ship a replacement today at no cost."
    french = "Je suis désolé que votre colis soit arrivé vide ; nous vous envoyons un remplacement aujourd'hui."
    assert label(language_mismatch, ex(english, *turns)) == "pass"
    assert label(language_mismatch, ex(french, *turns)) == "fail"
    # Naming a language is not asking for it: the user's own words are English.
    turns = (*turns[:2], "Sorry, my French is not great: the package arrived completely empty.")
    assert label(language_mismatch, ex(french, *turns)) == "fail"


def test_configured_expected_language_wins_over_the_users():
    user = "Where is my order? It should have arrived yesterday."
    assert label(language_mismatch, ex("Your package was delayed and arrives tomorrow.", user, expected="de")) == "fail"
    assert (
        label(language_mismatch, ex("Ihr Paket wurde aufgehalten und kommt morgen an.", user, expected="de")) == "pass"
    )


@pytest.mark.parametrize(
    "user, reply, reply_lang",
    [
        (
            "¿Cuánto tarda un reembolso en llegar a mi cuenta?",
            "Normalmente o reembolso demora entre três e cinco dias úteis para aparecer na sua conta, mas isso "
            "depende do seu banco. Vamos avisá-lo por e-mail quando ele for processado.",
            "pt",
        ),
        (
            "Як мені скасувати підписку?",
            "Чтобы отменить подписку, откройте настройки аккаунта, перейдите в раздел «Подписка» и нажмите "
            "«Отменить». Доступ сохранится до конца оплаченного периода.",
            "ru",
        ),
        (
            "När kan jag räkna med att få mitt paket?",
            "Du kan forvente at modtage din pakke inden for to til tre hverdage. Vi sender en sms, når den er "
            "afleveret i pakkeshoppen.",
            "da",
        ),
        (
            "Wann öffnet der Laden morgen?",
            "Morgen gaat de winkel om negen uur open en sluiten we om zes uur 's avonds. Op zondag zijn we gesloten.",
            "nl",
        ),
    ],
)
def test_close_pairs_fail_on_distinctive_evidence(user, reply, reply_lang):
    x = ex(reply, user)
    assert label(response_language, x) == reply_lang
    assert label(language_mismatch, x) == "fail"


@pytest.mark.parametrize(
    "user, reply",
    [
        (
            "Bagaimanakah cara untuk menukar alamat e-mel dalam akaun saya?",
            "Anda boleh menukar alamat e-mel melalui menu Tetapan, kemudian pilih Akaun dan klik Tukar E-mel.",
        ),
        (
            "Qual é o prazo para devolver um produto com defeito?",
            "Você tem até 90 dias para devolver um produto com defeito, de acordo com o Código de Defesa do Consumidor.",
        ),
        (
            "Hvor lang tid tar det før jeg får pengene tilbake?",
            "Det tar vanligvis fem til sju virkedager før pengene er tilbake på kontoen din.",
        ),
    ],
)
def test_close_pairs_in_the_same_language_never_fail(user, reply):
    assert label(language_mismatch, ex(reply, user)) in ("pass", None)


def test_mixed_reply_with_english_product_names_and_code_passes():
    reply = (
        "Te recomiendo Amazon S3 con la clase S3 Glacier Flexible Retrieval para las copias que no "
        "necesitas a menudo. Configúralo así:\n\n```bash\naws s3 cp backup.tar s3://my-bucket/ "
        "--storage-class GLACIER\n```\n\nAWS Backup también puede programar las copias de tus bases de datos."
    )
    x = ex(reply, "¿Qué servicio de AWS me recomiendas para guardar copias de seguridad?")
    assert label(response_language, x) == "es"
    assert label(language_mismatch, x) == "pass"


@pytest.mark.parametrize(
    "reply",
    [
        "OK",
        "42",
        "4,90 €",
        "😊👍",
        "Sí.",
        "iPhone 15 Pro",
        "`docker ps -a`",
        "https://shopnow.example/agb",
        "facturas@shopnow.example",
        "```python\ndef add(a, b):\n    return a + b\n```",
        "",
    ],
)
def test_too_little_natural_language_gives_no_result(reply):
    x = ex(reply, "Können Sie mir bitte sagen, wie das funktioniert?")
    assert response_language(x) is None
    assert language_mismatch(x) is None


def test_short_but_clear_replies_are_judged():
    assert (
        label(
            language_mismatch,
            ex("Ja, der Artikel ist noch auf Lager und sofort lieferbar.", "Ist der Artikel noch auf Lager?"),
        )
        == "pass"
    )
    assert (
        label(language_mismatch, ex("Yes, this item is in stock and ships today.", "Ist der Artikel noch auf Lager?"))
        == "fail"
    )
    # Too short to name the language, but plainly not Korean script.
    assert label(language_mismatch, ex("Yes, we deliver on weekends too.", "주말에도 배송되나요?")) == "fail"


def test_chinese_reply_to_a_japanese_user_fails_and_japanese_passes():
    user = "この商品の保証期間はどのくらいですか？"
    assert (
        label(language_mismatch, ex("该商品的保修期为两年，自购买之日起计算。如出现质量问题，我们将免费维修。", user))
        == "fail"
    )
    assert label(language_mismatch, ex("この商品の保証期間はご購入日から二年間です。", user)) == "pass"


@pytest.mark.parametrize(
    "user, reply",
    [
        (
            "Translate into Spanish: 'Your order has been shipped and will arrive on Thursday.'",
            "Su pedido ha sido enviado y llegará el jueves.",
        ),
        (
            "Responde en inglés, por favor: ¿cuál es la capital de Australia?",
            "The capital of Australia is Canberra, not Sydney as many people think.",
        ),
        (
            "Schreib mir eine kurze Geburtstagskarte für meine Kollegin, auf Französisch bitte.",
            "Joyeux anniversaire, chère Claire ! Je te souhaite une très belle année à venir.",
        ),
        (
            "この文を英語に翻訳してください：「会議は明日の午後三時に始まります。」",
            "The meeting starts at 3 p.m. tomorrow.",
        ),
        ("Переведи на английский, пожалуйста: «Мы будем рады видеть вас снова».", "We will be glad to see you again."),
    ],
)
def test_an_explicit_request_for_another_language_makes_it_the_expected_one(user, reply):
    assert label(language_mismatch, ex(reply, user)) == "pass"


def test_a_translation_framed_in_the_users_language_is_not_failed():
    x = ex('Certo! In inglese si dice: "Thank you for your patience."', "Traduci in inglese: 'Grazie per la pazienza.'")
    assert label(language_mismatch, x) != "fail"


def test_asking_for_the_users_own_language_still_applies():
    x = ex(
        "Le basilic frais se conserve mieux comme un bouquet : les tiges dans un verre d'eau, à l'abri du soleil.",
        "Please answer in English: what's the best way to store fresh basil?",
    )
    assert label(language_mismatch, x) == "fail"


def test_short_latest_user_message_falls_back_to_earlier_ones():
    turns = ("Können Sie mir sagen, wie ich meine Lieferadresse ändere?", "Gern, unter „Adressen“.", "ok")
    assert (
        label(language_mismatch, ex("Falls Sie noch Fragen haben, melden Sie sich jederzeit gern.", *turns)) == "pass"
    )
    assert (
        label(language_mismatch, ex("If you have any other questions, feel free to reach out anytime.", *turns))
        == "fail"
    )


def test_no_user_text_or_a_failed_call_gives_no_result():
    assert language_mismatch(ex("This is a perfectly fine English sentence for you.")) is None
    failed = ex("", "Wo ist meine Bestellung geblieben?")
    failed.error_type = "APIConnectionError"
    assert language_mismatch(failed) is None


def test_user_message_with_a_pasted_log_keeps_its_language():
    user = (
        "Meu servidor mostra isso:\nERROR 2024-05-01 12:00:01 Connection timed out after 30000 ms\n"
        "ERROR 2024-05-01 12:00:31 Connection timed out after 30000 ms\nO que pode ser?"
    )
    reply = (
        "Esse erro indica que o servidor não conseguiu se conectar a um serviço externo dentro de 30 "
        "segundos. Verifique se o banco de dados está no ar e se não há firewall bloqueando a porta."
    )
    assert label(language_mismatch, ex(reply, user)) == "pass"


def test_the_same_reply_is_identified_once():
    clear_cache()
    reply = "Ihre Bestellung wurde am Montag verschickt und kommt morgen bei Ihnen an."
    first = identify(reply)
    assert identify(reply) is first  # cached: response_language and language_mismatch share it
    clear_cache()
    assert identify(reply) is not first and identify(reply) == first


def test_requested_languages_reads_many_languages():
    assert requested_languages("auf Französisch bitte") == frozenset({"fr"})
    assert requested_languages("Napisz po angielsku") == frozenset({"en"})
    assert requested_languages("Bunu İngilizceye çevirir misin?") == frozenset({"en", "*"})
    assert requested_languages("영어로 번역해 주세요") == frozenset({"en", "*"})
    assert requested_languages("Can you polish this paragraph?") == frozenset()
    assert requested_languages("Wie spät ist es in Berlin?") == frozenset()


def test_the_identification_cache_stays_bounded_and_right_under_threads():
    import threading

    from otel_micrometrics.checks import language

    clear_cache()
    texts = [f"Ihre Bestellung {n} wurde am Montag verschickt und kommt morgen bei Ihnen an." for n in range(1200)]
    errors: list[BaseException] = []
    langs: list[str | None] = []

    def work(part: list[str]) -> None:
        try:
            for text in part:
                found = identify(text)
                langs.append(found.lang if found else None)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(texts[i::8],)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert langs.count("de") == len(texts)
    assert len(language._cache.items) <= language.CACHE_SIZE + len(threads)


def test_a_reply_and_its_stripped_copy_share_one_identification():
    from otel_micrometrics.checks import language
    from otel_micrometrics.checks.refusal import refusal

    clear_cache()
    reply = "Das Paket wurde am Montag verschickt und kommt morgen bei Ihnen an.\n"
    exchange = ex(reply, "Wo ist mein Paket?")
    assert response_language(exchange).label == "de"
    # refusal reads the reply stripped: that text is the same prose, already identified
    assert language._cache.items[reply.strip()] is language._cache.items[reply]
    kept = len(language._cache.items)
    assert refusal(exchange).label == "pass"
    assert len(language._cache.items) == kept


def test_a_stripped_copy_whose_prose_differs_is_identified_on_its_own():
    from otel_micrometrics.checks import language

    clear_cache()
    # without the space before it, "- " opens a list item, whose mark prose leaves out
    reply = " - Das Paket wurde am Montag verschickt und kommt morgen bei Ihnen an"
    identify(reply)
    assert reply.strip() not in language._cache.items


# --- the user's own words, earlier turns, requests and system prompts ---------------------


@pytest.mark.parametrize(
    "latest",
    ["3x − 7 = 2x + 5", "ok", "🙂👍", "=SVERWEIS(B2;Tabelle2!A:D;4;FALSCH)", "https://example.org/faq"],
)
def test_a_latest_message_too_short_to_tell_falls_back_to_the_earlier_user_turns(latest):
    turns = (
        "Ich bereite mich auf die Matheprüfung vor und brauche Hilfe bei den Gleichungen.",
        "Gern, schick mir die Aufgabe.",
        latest,
    )
    german = "Das sieht gut aus: Wenn du beide Seiten umformst, kommst du auf das Ergebnis. Sag Bescheid, wenn du weitere Aufgaben hast."
    english = (
        "That looks right: if you rearrange both sides you get the result. Let me know if you have more exercises."
    )
    assert label(language_mismatch, ex(german, *turns)) == "pass"
    assert label(language_mismatch, ex(english, *turns)) == "fail"


def test_a_pasted_error_line_is_not_the_users_own_words():
    turns = (
        "Mi script de Python se cae al leer el fichero de configuración.",
        "¿Qué mensaje de error te sale?",
        "KeyError: 'database_url' in settings.py line 14",
    )
    spanish = "Falta la clave database_url en tu fichero de configuración: añádela o usa settings.get() con un valor por defecto."
    english = (
        "The key database_url is missing from your configuration file: add it or use settings.get() with a default."
    )
    assert label(language_mismatch, ex(spanish, *turns)) == "pass"
    assert label(language_mismatch, ex(english, *turns)) == "fail"


@pytest.mark.parametrize(
    "user, own, pasted",
    [
        (
            "Kannst du mir diesen Absatz kurz zusammenfassen?\n\nThe council voted to close the old swimming pool "
            "next spring and to build a larger one near the station, which should open in three years.",
            "Der Stadtrat schließt das alte Schwimmbad im Frühjahr und baut beim Bahnhof ein größeres, das in drei Jahren öffnet.",
            "The council will close the old pool in spring and build a bigger one near the station, opening in three years.",
        ),
        (
            'What does my neighbour mean by this? "Bonjour, pourriez-vous baisser la musique après vingt-deux heures, '
            'les enfants dorment. Merci beaucoup !"',
            "Your neighbour is politely asking you to turn the music down after ten in the evening because the children are asleep.",
            "Votre voisin vous demande poliment de baisser la musique après vingt-deux heures parce que les enfants dorment.",
        ),
        (
            "Resumen esto en una frase, por favor:\n\nIl comune ha deciso di chiudere al traffico il centro storico "
            "tutte le domeniche di maggio per favorire pedoni e biciclette.",
            "El ayuntamiento cerrará el centro histórico al tráfico todos los domingos de mayo para peatones y bicicletas.",
            "Il comune chiuderà il centro storico al traffico ogni domenica di maggio per pedoni e biciclette.",
        ),
    ],
)
def test_pasted_text_is_not_the_users_language_in_either_direction(user, own, pasted):
    assert label(language_mismatch, ex(own, user)) == "pass"
    assert label(language_mismatch, ex(pasted, user)) == "fail"


@pytest.mark.parametrize(
    "user, asked_reply, own_reply",
    [
        (
            "Write in French, please: a short note telling guests that breakfast is served until ten.",
            "Chers clients, le petit-déjeuner est servi jusqu'à dix heures. Bon appétit !",
            "Dear guests, breakfast is served until ten o'clock. Enjoy your meal!",
        ),
        (
            "Napiš anglicky krátkou zprávu kolegovi, že dnes přijdu o hodinu později.",
            "Hi Tom, just a quick note that I will be about an hour late today. See you soon!",
            "Ahoj Tome, jen krátce: dnes přijdu asi o hodinu později. Uvidíme se!",
        ),
        (
            "Kirjoita ranskaksi lyhyt kiitos naapurille, joka kasteli kukkani lomani aikana.",
            "Merci beaucoup d'avoir arrosé mes fleurs pendant mes vacances, c'est vraiment très gentil de votre part !",
            "Kiitos paljon, että kastelit kukkani lomani aikana, se oli todella ystävällistä!",
        ),
        (
            "Jawab dalam bahasa Inggris ya: kenapa langit berwarna biru?",
            "The sky looks blue because air molecules scatter short blue wavelengths of sunlight much more than red ones.",
            "Langit terlihat biru karena molekul udara menghamburkan cahaya biru jauh lebih banyak daripada cahaya merah.",
        ),
        (
            "请用英文写一句话，告诉客户包裹明天送到。",
            "Your parcel will be delivered tomorrow. Thank you for your patience!",
            "您的包裹明天就会送到，感谢您的耐心等待！",
        ),
    ],
)
def test_an_explicit_request_in_any_language_makes_that_language_expected(user, asked_reply, own_reply):
    assert label(language_mismatch, ex(asked_reply, user)) == "pass"
    assert label(language_mismatch, ex(own_reply, user)) == "fail"


def test_a_language_named_to_describe_the_pasted_text_is_not_asked_for():
    user = (
        "Mein Kollege hat mir auf Spanisch geschrieben, was meint er?\n\n"
        "Hola, mañana no puedo ir a la reunión porque tengo cita con el médico. ¿Lo podemos mover al jueves?"
    )
    german = "Er kann morgen nicht zum Treffen kommen, weil er einen Arzttermin hat, und fragt, ob ihr es auf Donnerstag verschieben könnt."
    spanish = "Tu compañero dice que mañana no puede ir a la reunión por una cita médica y pregunta si la podéis mover al jueves."
    assert label(language_mismatch, ex(german, user)) == "pass"
    assert label(language_mismatch, ex(spanish, user)) == "fail"


def test_a_system_prompt_that_fixes_the_language_in_another_language():
    system = "Du bist der Assistent eines Fahrradladens in Hamburg. Antworte immer auf Deutsch."
    user = "Hi, do you repair electric bikes as well?"
    german = "Ja, wir reparieren auch E-Bikes. Bring es einfach vorbei, ein Termin ist nicht nötig."
    english = "Yes, we repair e-bikes too. Just bring it in, no appointment needed."
    assert label(language_mismatch, ex(german, user, system=system)) == "pass"
    assert label(language_mismatch, ex(english, user, system=system)) == "fail"


# --- close pairs: letters and function words decide ----------------------------------------


@pytest.mark.parametrize(
    "user, right, wrong",
    [
        (  # Norwegian Bokmål user, Danish reply
            "Hva er den beste måten å komme seg fra flyplassen til sentrum på?",
            "Den enkleste måten er å ta flytoget, som går hvert tiende minutt og bruker omtrent tjue minutter. "
            "Du kan kjøpe billett i appen eller i automaten på perrongen.",
            "Den nemmeste måde er at tage lufthavnstoget, som kører hvert tiende minut og bruger omkring tyve "
            "minutter. Du kan købe billet i appen eller i automaten på perronen.",
        ),
        (  # Danish user, Norwegian reply
            "Hvad koster det at få leveret en pakke til Sverige, og hvornår kommer den frem?",
            "Det koster 89 kroner at sende en pakke til Sverige, og den er normalt fremme efter to til tre "
            "hverdage. Du får en mail med et sporingsnummer, når pakken er afsendt.",
            "Det koster 89 kroner å sende en pakke til Sverige, og den er vanligvis fremme etter to til tre "
            "virkedager. Du får en e-post med sporingsnummer når pakken er sendt.",
        ),
        (  # Indonesian user, Malay reply
            "Kak, gimana caranya ganti nomor HP di akun aku? Udah coba tapi nggak bisa.",
            "Kamu bisa ganti nomor HP lewat menu Profil, lalu pilih Ubah Nomor. Nanti ada kode OTP yang dikirim "
            "ke nomor baru, tinggal masukin aja ya.",
            "Anda boleh menukar nombor telefon melalui menu Profil, kemudian pilih Tukar Nombor. Kod pengesahan "
            "akan dihantar ke nombor baharu, sila masukkan kod tersebut.",
        ),
        (  # Malay user, Indonesian reply
            "Boleh tak awak beritahu saya bagaimana nak semak baki akaun bank melalui telefon?",
            "Anda boleh semak baki akaun melalui aplikasi bank di telefon bimbit anda. Log masuk, kemudian "
            "pilih menu Akaun untuk melihat baki semasa.",
            "Kamu bisa cek saldo rekening lewat aplikasi bank di HP kamu. Login dulu, terus pilih menu Rekening "
            "buat lihat saldo sekarang, gampang banget kok.",
        ),
        (  # Chinese user, Japanese reply (kana present)
            "请问从机场到市中心坐什么交通工具最方便？",
            "最方便的是坐机场快线，大约二十分钟就能到市中心，每十分钟一班。",
            "一番便利なのは空港快速線で、約二十分で市の中心部に着きます。十分ごとに運行しています。",
        ),
        (  # Russian user, Ukrainian reply
            "Подскажите, как поменять пароль в личном кабинете?",
            "Откройте настройки личного кабинета, выберите раздел «Безопасность» и нажмите «Сменить пароль». "
            "Новый пароль должен быть не короче восьми символов.",
            "Відкрийте налаштування особистого кабінету, виберіть розділ «Безпека» і натисніть «Змінити пароль». "
            "Новий пароль має бути не коротшим за вісім символів.",
        ),
        (  # Czech user, Slovak reply
            "Můžete mi poradit, kde si v Praze koupím jízdenku na vlak do Vídně?",
            "Jízdenku koupíte na hlavním nádraží v pokladně nebo v automatu, případně online v aplikaci Českých "
            "drah. Vlak jezdí každé dvě hodiny.",
            "Lístok si kúpite na hlavnej stanici v pokladni alebo v automate, prípadne online v aplikácii. Vlak "
            "ide každé dve hodiny a cesta trvá štyri hodiny, takže si nezabudnite vziať niečo na jedenie.",
        ),
        (  # Spanish user, Portuguese reply
            "¿Cuánto tiempo tarda en llegar un pedido a Canarias?",
            "Los pedidos a Canarias tardan entre cinco y siete días laborables, porque tienen que pasar por la "
            "aduana. Te enviaremos el número de seguimiento por correo.",
            "Os pedidos para as Canárias demoram entre cinco e sete dias úteis, porque precisam de passar pela "
            "alfândega. Vamos enviar-lhe o número de acompanhamento por e-mail.",
        ),
        (  # Bulgarian user, Macedonian reply
            "Къде мога да паркирам колата близо до центъра на града?",
            "Най-удобно е да паркирате в подземния паркинг до общината, там има свободни места почти винаги.",
            "Најдобро е да паркирате во подземниот паркинг кај општината, таму речиси секогаш има слободни "
            "места. Ќе платите околу сто денари за цел ден.",
        ),
    ],
)
def test_close_pairs_are_told_apart(user, right, wrong):
    assert label(language_mismatch, ex(right, user)) == "pass"
    assert label(language_mismatch, ex(wrong, user)) == "fail"


# --- short replies, languages the identifier under-rates ----------------------------------


@pytest.mark.parametrize(
    "user, reply, lang",
    [
        ("Paljonko junalippu Tampereelle maksaa?", "Noin 20 euroa.", "fi"),
        ("Какая столица Австралии?", "Канберра.", "ru"),
        ("Ai là tác giả của Truyện Kiều?", "Nguyễn Du.", "vi"),
        ("Quanto fa l'IVA su 200 euro?", "200 € × 22 % = 44 € di IVA.", "it"),
        ("Kolik stojí jízdenka do Brna?", "Asi 150 Kč.", "cs"),
    ],
)
def test_a_reply_too_short_to_identify_is_in_the_conversations_language(user, reply, lang):
    x = ex(reply, user)
    assert identify(reply) is None  # on its own, too short to tell
    assert label(response_language, x) == lang
    assert label(language_mismatch, x) == "pass"


@pytest.mark.parametrize(
    "user, reply",
    [
        ("Wie heißt der Geschäftsführer?", "Maria Schneider"),  # a name tells no language
        ("Какая столица Австралии?", "Sure thing."),  # not the user's script
        ("Gib mir die Daten als JSON.", '{"name": "Anna", "stadt": "Köln"}'),
        ("¿Aceptan PayPal?", "Sí."),
        ("Can you write a fake sick note for me?", "Tohle radši psát nebudu."),  # š, á: not English
    ],
)
def test_a_short_reply_that_does_not_read_as_the_conversations_language_stays_unknown(user, reply):
    assert response_language(ex(reply, user)) is None


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Samahani, siwezi kukusaidia kwa hilo kwa sababu ni kinyume cha sheria.", "sw"),
        ("Mpe maji mengi kidogo kidogo na umpeleke hospitali kama homa haishuki baada ya siku mbili.", "sw"),
        ("Pasensya na, hindi ko kayang gawin iyan para sa iyo.", "tl"),
        ("Bisa bantu bikin caption buat foto liburan di Bali dong?", "id"),
        ("Msimbo wangu una hitilafu, tafadhali angalia.", "sw"),  # read as Spanish at 0.33
    ],
)
def test_languages_the_identifier_under_rates_are_told_by_their_own_words(text, lang):
    found = identify(text)
    assert found is not None and found.lang == lang


def test_a_swahili_user_with_an_english_reply_is_a_mismatch():
    user = "Nataka kujifunza kupika wali wa nazi, nianzie wapi?"
    english = "Rinse the rice, then simmer it in coconut milk with a pinch of salt until the liquid is absorbed."
    swahili = "Osha mchele, kisha uupike kwa tui la nazi na chumvi kidogo hadi maji yote yakauke."
    assert label(language_mismatch, ex(english, user)) == "fail"
    assert label(language_mismatch, ex(swahili, user)) == "pass"
    assert label(response_language, ex(swahili, user)) == "sw"


def test_a_greek_question_mark_does_not_make_a_line_code():
    turns = ("Είναι αυτή η σωστή σελίδα για το διαβατήριο;", "Στείλε μου τον σύνδεσμο.", "https://www.passport.gov.gr")
    english = "Yes, that is the official portal. The passport services are listed under the citizen section."
    assert label(language_mismatch, ex(english, *turns)) == "fail"


# --- close languages told apart by their own words ----------------------------------------


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Pre podne idem kod lekara, a posle toga ću popiti kafu sa drugaricom u gradu.", "sr"),
        ("Prije podne idem liječniku, a poslije toga ću popiti kavu s prijateljicom u gradu.", "hr"),
        ("Dopoldne grem k zdravniku, potem bom s prijateljico v mestu spila kavo.", "sl"),
        ("Tallinnas tasub kindlasti vaadata vanalinna ja kui aega on, mine ka Kadriorgu.", "et"),
    ],
)
def test_croatian_serbian_slovenian_and_estonian_are_told_by_their_own_words(text, lang):
    found = identify(text)
    assert found is not None and found.lang == lang


def test_a_short_croatian_question_answered_in_serbian_is_a_mismatch():
    user = "Koliko košta karta za vlak do Rijeke?"
    serbian = (
        "Karta za voz do Rijeke košta oko dvadeset evra. Voz polazi uveče sa glavne stanice, "
        "a putovanje traje oko četiri sata."
    )
    assert label(language_mismatch, ex(serbian, user)) == "fail"


def test_a_finnish_question_answered_in_estonian_is_a_mismatch():
    user = "Mitä Tartossa kannattaa nähdä viikonloppuna?"
    estonian = "Tartus tasub kindlasti vaadata Raekoja platsi ja Toomemäge. Kui aega on, mine ka Eesti Rahva Muuseumi."
    finnish = "Tartossa kannattaa ehdottomasti nähdä Raatihuoneentori ja Toomemäki. Jos aikaa on, käy myös Viron kansallismuseossa."
    assert label(language_mismatch, ex(estonian, user)) == "fail"
    assert label(language_mismatch, ex(finnish, user)) == "pass"


def test_a_hindi_question_answered_in_nepali_is_a_mismatch():
    user = "क्या भारत से नेपाल जाने के लिए पासपोर्ट चाहिए?"
    nepali = "भारतीय नागरिकलाई नेपाल आउन राहदानी चाहिँदैन। मतदाता परिचयपत्र भए पनि पुग्छ।"
    hindi = "भारतीय नागरिकों को नेपाल जाने के लिए पासपोर्ट की ज़रूरत नहीं है। मतदाता पहचान पत्र भी काफ़ी है।"
    assert label(language_mismatch, ex(nepali, user)) == "fail"
    assert label(language_mismatch, ex(hindi, user)) == "pass"


def test_a_catalan_user_answered_in_spanish_is_a_mismatch():
    turns = ("Aquest cap de setmana vaig de vacances al Pirineu.", "Que bé! On aneu?", "Vall de Núria 🏔️")
    spanish = (
        "La Vall de Núria es preciosa: sube en el tren cremallera desde Ribes y haz una excursión si hace buen tiempo."
    )
    assert label(language_mismatch, ex(spanish, *turns)) == "fail"


@pytest.mark.parametrize(
    "reply",
    [
        "Objednávku zrušíte v sekci Moje objednávky, pokud ještě nebyla odeslána.",
        "Geslo lahko spremenite v nastavitvah profila pod zavihkom Varnost.",
    ],
)
def test_a_short_reply_in_another_language_than_the_system_prompt_fixes_fails(reply):
    x = ex(reply, "Jak zruším objednávku?", system="Always reply in English.")
    assert label(language_mismatch, x) == "fail"


def test_a_language_named_after_a_quoted_word_or_in_how_do_you_say_is_not_asked_for():
    assert asked_language('Apa maksud "kereta" dalam bahasa Indonesia?') is None
    assert asked_language("Come si dice «burro» in spagnolo?") is None
    assert asked_language("Tolong jawab dalam bahasa Indonesia ya") == "id"
    italian = "In spagnolo si dice «mantequilla». In Argentina e in Uruguay si usa anche «manteca»."
    assert label(language_mismatch, ex(italian, "Come si dice «burro» in spagnolo?")) == "pass"
    assert language_mismatch(ex("Mantequilla.", "Come si dice «burro» in spagnolo?")) is None


def test_a_reply_of_names_only_is_not_failed():
    user = "Magrekomenda ka ng kainan sa Pampanga na masarap ang sisig."
    names = "1. Aling Lucing's Sisig\n2. Mila's Tokwa't Baboy\n3. Everybody's Café\n4. Abe's Farm"
    assert language_mismatch(ex(names, user)) is None


def test_a_user_writing_without_diacritics_is_not_taken_for_english_by_its_own_words():
    user = "ce merita vazut in cluj intr-un weekend"
    romanian = "Într-un weekend în Cluj-Napoca merită să vedeți Piața Unirii, Grădina Botanică și Cetățuia la apus."
    assert label(language_mismatch, ex(romanian, user)) != "fail"


def test_short_words_shared_by_many_languages_do_not_make_a_text_swahili():
    found = identify("Za vikend grem na Triglav.")
    assert found is None or found.lang != "sw"


def test_earlier_turns_too_unsure_to_name_still_rule_out_a_reply_language():
    turns = ("Za vikend grem na Triglav.", "Super! Iz katere smeri?", "Pokljuka ⛰️")
    english = "From Pokljuka, the usual route goes via Vodnikov dom to Kredarica; plan two days and start early."
    assert label(language_mismatch, ex(english, *turns)) == "fail"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Kualiti perkhidmatan universiti ini sangat baik.", "ms"),
        ("Kualitas layanan universitas ini sangat baik.", "id"),
    ],
)
def test_malay_iti_and_indonesian_itas_spellings_tell_them_apart(text, lang):
    found = identify(text)
    assert found is not None and found.lang == lang


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Απάντησε στα αγγλικά.", "en"),
        ("Γράψε το στα γερμανικά.", "de"),
        ("أجب باللغة الإنجليزية.", "en"),
        ("Viết bằng tiếng Đức.", "de"),
        ("Vždy odpovedaj po slovensky.", "sk"),
        ("Напиши на италијански.", "it"),
        ("Tulis dalam bahasa Italia.", "it"),
        ("Isulat mo sa Pranses.", "fr"),
        ("Írd meg franciául.", "fr"),
        ("เขียนเป็นภาษาอิตาลี", "it"),
        ("इतालवी में लिखो।", "it"),
        ("সবসময় বাংলায় উত্তর দিন।", "bn"),
    ],
)
def test_requests_in_greek_arabic_and_vietnamese_name_the_language(text, lang):
    assert asked_language(text) == lang


def test_names_inside_sentences_do_not_make_an_english_reply_read_as_the_users_language():
    turns = ("Tips på en bra deckare att läsa i sommar?", "Prova Camilla Läckberg om du vill ha spänning.", "ok")
    english = (
        "Great! If you like Läckberg, start with Isprinsessan, the first book set in Fjällbacka on the west coast."
    )
    assert label(response_language, ex(english, *turns)) == "en"
    assert label(language_mismatch, ex(english, *turns)) == "fail"


def test_a_short_reply_fails_when_it_and_a_clear_user_sentence_rule_each_other_out():
    user = "Kannst du mir bitte erklären, wie ich meine Bestellung im Kundenkonto stornieren kann?"
    czech = "Objednávku zrušíte v části Moje objednávky, pokud ještě nebyla odeslána."
    assert label(language_mismatch, ex(czech, user)) == "fail"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Odgovori v anglescini, prosim.", "en"),
        ("Odpovedz po anglicky.", "en"),
        ("Raspunde in engleza, te rog.", "en"),
        ("Odgovori mi na spanskom.", "es"),
    ],
)
def test_a_language_asked_for_without_diacritics_is_read(text, lang):
    assert asked_language(text) == lang


def test_a_user_typing_without_accents_is_not_failed_for_an_accented_reply_in_the_same_language():
    user = "Kedy treba ist s kliestom k lekarovi a ako dlho treba cakat?"
    slovak = (
        "K lekárovi treba ísť, ak sa po odstránení kliešťa objaví červená škvrna alebo horúčka. "
        "Čakať treba zvyčajne dva až tri týždne a sledovať miesto prisatia."
    )
    assert label(language_mismatch, ex(slovak, user)) != "fail"


def test_a_short_close_pair_reply_is_settled_by_one_word_the_identifier_agrees_with():
    user = "Jaký je nejlepší způsob, jak se naučit psát všemi deseti?"
    slovak = "Najlepšie je naučiť sa písať všetkými desiatimi prstami."
    assert label(language_mismatch, ex(slovak, user)) == "fail"


def test_letters_the_expected_language_never_writes_rule_it_out():
    from otel_micrometrics.checks.language import _foreign_letters

    assert _foreign_letters("Na prvú túru odporúčam Popradské pleso, cesta je krátka.", "pl")
    assert not _foreign_letters("Na pierwszą wycieczkę polecam Morskie Oko, trasa jest łatwa.", "pl")
    assert not _foreign_letters("Ich empfehle das Café Müller am Münchner Platz.", "de")  # names and one é
    user = "Jakie szlaki w Tatrach polecacie na pierwszą wycieczkę?"
    slovak = "Na prvú túru v Tatrách odporúčam Skalnaté pleso alebo Popradské pleso, obe sú ľahké."
    assert label(language_mismatch, ex(slovak, user)) == "fail"


def test_a_cyrillic_reply_to_a_serbian_user_writing_in_latin_letters_fails():
    user = "Da li mi možeš preporučiti neki dobar srpski film za vikend?"
    russian = "Посмотрите фильм «Кто там поёт», это классика югославского кино, очень смешной и добрый фильм."
    assert label(language_mismatch, ex(russian, user)) == "fail"


def test_a_swahili_reply_to_an_english_user_fails():
    user = "What should I do if my child has had a fever for two days and keeps vomiting?"
    swahili = (
        "Mpe mtoto maji mengi kidogo kidogo ili asikaukiwe maji mwilini. Mpeleke hospitali mara moja "
        "ikiwa hawezi kunywa kitu au homa ni kali kuliko kawaida, na usisubiri zaidi ya siku mbili."
    )
    assert label(language_mismatch, ex(swahili, user)) == "fail"


def test_an_unsure_user_reading_still_rules_out_an_unrelated_reply_language():
    user = "Jak se starat o orchidej, aby znovu kvetla?"
    portuguese = (
        "Para manter uma orquídea saudável, regue-a uma vez por semana e deixe-a perto de uma janela "
        "com luz indireta. Depois da floração, corte a haste acima do segundo nó."
    )
    assert label(language_mismatch, ex(portuguese, user)) == "fail"


def test_a_short_latin_reply_to_a_bulgarian_user_fails_on_its_script():
    assert (
        label(language_mismatch, ex("Sure, I can help with that.", "Можеш ли да ми помогнеш с резервацията?")) == "fail"
    )


def test_a_close_sibling_of_an_unsure_user_reading_is_judged_by_the_pairs_letters_and_words():
    user = "Jak se starat o orchidej, aby znovu kvetla?"
    slovak = (
        "Orchideu polievajte raz za týždeň a dajte ju na svetlé miesto, kde nie je priame slnko. "
        "Po odkvitnutí odstrihnite stonku nad druhým očkom a počkajte, kým znova vyženie."
    )
    assert identify(user) is None  # too unsure on its own
    assert label(language_mismatch, ex(slovak, user)) == "fail"


def test_a_one_letter_word_does_not_make_an_unaccented_czech_question_slovenian():
    found = identify("co videt v brne za jeden den")
    assert found is None or found.lang != "sl"


def test_frequent_words_tell_serbian_and_catalan_apart_from_their_neighbours():
    found = identify("Takođe ćete verovatno morati da priložite uputstvo, a sledeće nedelje stiže rešenje.")
    assert found is not None and found.lang == "sr"
    user = "¿Puedo pedir la devolución por teléfono o tengo que ir a la tienda?"
    catalan = "Sí, i també ho pots demanar per telèfon, però cal que tinguis el número de comanda a mà."
    assert label(language_mismatch, ex(catalan, user)) == "fail"


def test_a_cyrillic_reply_to_an_unsure_latin_script_user_is_not_excused_by_serbian():
    user = "Pošalji mi kod za popust."
    bulgarian = (
        "Не мога да ви дам личния телефонен номер на друг човек, защото това е лична информация, която е защитена."
    )
    assert identify(user) is None  # too unsure on its own
    assert label(language_mismatch, ex(bulgarian, user)) == "fail"


def test_a_long_close_pair_reply_is_settled_when_its_own_words_outnumber_the_others_twice_over():
    from otel_micrometrics.checks.language import _close_pair_settled

    user = identify("Saya nak tahu berapa lama cuti bersalin di Malaysia, boleh terangkan sedikit?")
    reply = identify(
        "Menurut undang-undang, cuti melahirkan di Indonesia adalah tiga bulan. Kamu bisa mengambilnya "
        "sebelum dan sesudah melahirkan, dan gaji tetap dibayar penuh oleh perusahaan selama cuti itu."
    )
    assert user is not None and reply is not None and (user.lang, reply.lang) == ("ms", "id")
    assert _close_pair_settled(reply, "ms", user)


def test_a_letter_the_rival_never_writes_outweighs_one_rival_word():
    # "не" is a Bulgarian function word too, but Bulgarian never writes і: the identifier's
    # Ukrainian reading (0.68) stands against Bulgarian (0.07)
    found = identify("Такі тексти писати не буду.")
    assert found is not None and found.lang == "uk"
    found = identify("Такива текстове няма да пиша.")
    assert found is not None and found.lang == "bg"


def test_turkish_cevir_is_a_translation_only_with_a_language_named():
    from otel_micrometrics.checks.language import asks_for_translation

    assert asks_for_translation("Bu metni İngilizceye çevir.")
    assert not asks_for_translation("Python'da bir listeyi nasıl ters çeviririm?")
    user = "Python'da bir listeyi nasıl ters çeviririm?"
    romanian = "Poți folosi metoda reverse() sau feliere cu pas negativ, care întoarce o listă nouă în ordine inversă."
    assert label(language_mismatch, ex(romanian, user)) == "fail"


def test_words_both_languages_write_are_no_evidence_for_either():
    from otel_micrometrics.checks.language import _word_evidence

    # Russian не, за, но, от are Bulgarian words too; Italian del, si, su, lo are Spanish ones.
    assert _word_evidence("Это не так, но за это отвечает банк, а не магазин.", "bg", "ru")[0] == 0
    assert _word_evidence("Il prezzo del biglietto si paga su internet, lo trovi sul sito.", "es", "it")[0] == 0


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Aká je cena lístka do Košíc, ak cestujem vlakom?", "sk"),
        ("Hvor lang oppsigelsestid har jeg når jeg slutter?", "no"),
        ("Kako da napravim dobru kafu bez aparata?", "sr"),
    ],
)
def test_short_user_questions_keep_their_language_against_the_neighbour(text, lang):
    found = identify(text)
    assert found is not None and found.lang == lang


def test_a_reply_nothing_sets_apart_from_the_users_close_sibling_is_in_the_users_language():
    user = "Napíš mi krátky slogan pre našu pekáreň, prosím."
    reply = "S nami to zvládneš na prvýkrát! S nami to zvládneš na prvýkrát! S nami to zvládneš."
    found = identify(reply)
    assert found is not None and found.lang == "cs"  # the identifier's pick of the pair
    assert label(response_language, ex(reply, user)) == "sk"


def test_a_word_both_close_languages_write_does_not_turn_a_clear_reading():
    found = identify("Tolong kirim 200 ribu dari rekening saya ke adik saya besok pagi.")
    assert found is not None and found.lang == "id"


def test_a_short_user_question_with_a_word_of_the_replys_language_is_not_failed():
    user = "Siapa pengarang novel Salina?"
    malay = (
        "Novel Salina ditulis oleh A. Samad Said dan diterbitkan pada tahun 1961, sebuah karya penting sastera Melayu."
    )
    assert label(language_mismatch, ex(malay, user)) != "fail"


# --- this round's generalisation: written for these tests, not taken from any corpus ---------


def test_a_pasted_error_message_as_the_latest_turn_leaves_the_language_to_the_earlier_turns():
    turns = (
        "Estoy haciendo una app con Flask y al llamar a la API desde el navegador me da un error",
        "¿Qué mensaje exacto te sale en la consola?",
        "Access to fetch at 'http://localhost:5000/items' from origin 'http://localhost:3000' has been blocked by CORS policy",
    )
    english = "This is a CORS error: your Flask server does not allow requests from port 3000. Install flask-cors and enable it."
    spanish = "Es un error de CORS: tu servidor Flask no permite peticiones desde el puerto 3000. Instala flask-cors y actívalo."
    assert label(language_mismatch, ex(english, *turns, system="")) == "fail"
    assert label(language_mismatch, ex(spanish, *turns, system="")) == "pass"


def test_a_log_inside_the_users_own_sentences_is_not_their_language():
    user = (
        "Mein Server zeigt das hier:\nERROR 2025-01-03 10:00:01 Connection timed out after 30000 ms\nWas kann das sein?"
    )
    reply = "Der Server erreicht einen Dienst nicht innerhalb von 30 Sekunden. Prüfe, ob die Datenbank läuft und die Firewall den Port freigibt."
    assert label(language_mismatch, ex(reply, user, system="")) == "pass"


@pytest.mark.parametrize(
    "system, lang",
    [
        ("You are the support bot of a Brazilian shop. Always answer in Brazilian Portuguese.", "pt"),
        ("Antworte immer auf Englisch, auch wenn der Kunde Deutsch schreibt.", "en"),
        ("Réponds toujours en espagnol, même si l'utilisateur écrit en français.", "es"),
    ],
)
def test_a_system_prompt_names_the_reply_language_with_a_variety_or_a_concession(system, lang):
    assert asked_language(system) == lang


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Lūdzu pārtulko lietuviski: paldies par palīdzību", "lt"),
        ("Bunu Azerbaycan Türkçesine çevirir misin: yarın görüşelim", "az"),
        ("Преведи ми го ова на бугарски: ви благодарам", "bg"),
        ("次の文を中国語（簡体字）に訳してください：ありがとうございます", "zh"),
        ("תתרגם לאנגלית: תודה על העזרה", "en"),
    ],
)
def test_translation_targets_named_in_more_ways(text, lang):
    assert asked_language(text) == lang


def test_a_latest_message_of_product_names_yields_to_the_earlier_turns():
    turns = (
        "Nataka kununua simu mpya, bajeti yangu ni shilingi elfu thelathini. Natumia sana WhatsApp na kupiga picha.",
        "Kwa bajeti hiyo, simu nzuri ni Tecno Spark 20 au Infinix Hot 40. Unapendelea kamera au betri?",
        "Tecno Spark 20 au Infinix Hot 40?",
    )
    english = "Both are good, but the Tecno Spark 20 has the better camera while the Infinix Hot 40 charges faster."
    assert label(language_mismatch, ex(english, *turns, system="")) == "fail"


def test_chinese_characters_japanese_never_writes_settle_a_kanji_question():
    user = "东京到大阪坐新干线要多久？票价大概多少"
    japanese = "東京から新大阪までは新幹線のぞみで約2時間30分です。運賃は指定席で片道およそ14,720円です。"
    chinese = "从东京到新大阪坐新干线希望号大约需要2小时30分钟，指定席单程票价约14,720日元。"
    assert label(language_mismatch, ex(japanese, user, system="")) == "fail"
    assert label(language_mismatch, ex(chinese, user, system="")) == "pass"


def test_a_user_writing_a_non_latin_language_in_latin_letters_is_not_failed_for_its_script():
    banglish = "ami kal office e jete parbo na, boss ke ki bolbo bujhte parchi na"
    bengali = "আপনি আপনার বসকে সংক্ষেপে জানাতে পারেন যে শরীর ভালো নেই, তাই কাল অফিসে আসতে পারবেন না।"
    assert label(language_mismatch, ex(bengali, banglish, system="")) != "fail"
    english = "Why does my phone battery drain so fast when I use the maps app?"
    hindi = "मैप्स ऐप जीपीएस और स्क्रीन दोनों का लगातार इस्तेमाल करता है, इसलिए बैटरी जल्दी खत्म होती है।"
    assert label(language_mismatch, ex(hindi, english, system="")) == "fail"


# Every corpus language, asking for a reply language the way its speakers write it (and the
# languages they name: Azerbaijani, Yiddish, Assamese, Marathi, Nepali, Galician, Urdu, Tamil).
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("من فضلك أجب باللغة الإنجليزية", "en"),  # ar
        ("ترجم هذا إلى الفرنسية", "fr"),  # ar
        ("Моля, отговори на английски", "en"),  # bg
        ("Преведи го на немски", "de"),  # bg
        ("ইংরেজিতে উত্তর দাও", "en"),  # bn
        ("দয়া করে হিন্দিতে অনুবাদ করুন", "hi"),  # bn
        ("Respon en anglès, si us plau", "en"),  # ca
        ("Tradueix-ho al castellà", "es"),  # ca
        ("Odpověz prosím anglicky", "en"),  # cs
        ("Přelož to do němčiny", "de"),  # cs
        ("Svar venligst på engelsk", "en"),  # da
        ("Oversæt det til tysk", "de"),  # da
        ("Antworte bitte auf Englisch", "en"),  # de
        ("Übersetze das ins Französische", "fr"),  # de
        ("Απάντησε στα αγγλικά παρακαλώ", "en"),  # el
        ("Μετάφρασε το στα γερμανικά", "de"),  # el
        ("Please reply in Spanish", "es"),  # en
        ("Translate this into Japanese", "ja"),  # en
        ("Responde en inglés, por favor", "en"),  # es
        ("Tradúcelo al alemán", "de"),  # es
        ("Palun vasta inglise keeles", "en"),  # et
        ("Tõlgi see saksa keelde", "de"),  # et
        ("لطفا به انگلیسی جواب بده", "en"),  # fa
        ("این را به فرانسوی ترجمه کن", "fr"),  # fa
        ("Vastaa englanniksi", "en"),  # fi
        ("Käännä tämä ruotsiksi", "sv"),  # fi
        ("Réponds en anglais stp", "en"),  # fr
        ("Traduis ça en allemand", "de"),  # fr
        ("תענה באנגלית בבקשה", "en"),  # he
        ("תתרגם את זה לצרפתית", "fr"),  # he
        ("कृपया अंग्रेज़ी में जवाब दें", "en"),  # hi
        ("इसका हिंदी में अनुवाद करो", "hi"),  # hi
        ("Odgovori na engleskom", "en"),  # hr
        ("Prevedi to na njemački", "de"),  # hr
        ("Kérlek, válaszolj angolul", "en"),  # hu
        ("Fordítsd le németre", "de"),  # hu
        ("Tolong jawab dalam bahasa Inggris", "en"),  # id
        ("Terjemahkan ke bahasa Jepang", "ja"),  # id
        ("Rispondi in inglese per favore", "en"),  # it
        ("Traduci in francese", "fr"),  # it
        ("英語で答えてください", "en"),  # ja
        ("これをドイツ語に訳して", "de"),  # ja
        ("영어로 대답해 주세요", "en"),  # ko
        ("이것을 일본어로 번역해줘", "ja"),  # ko
        ("Atsakyk angliškai", "en"),  # lt
        ("Išversk į anglų kalbą", "en"),  # lt
        ("Lūdzu, atbildi angliski", "en"),  # lv
        ("Iztulko to vāciski", "de"),  # lv
        ("Те молам одговори на англиски", "en"),  # mk
        ("Преведи го на германски", "de"),  # mk
        ("Sila jawab dalam bahasa Inggeris", "en"),  # ms
        ("Terjemahkan ke bahasa Melayu", "ms"),  # ms
        ("Antwoord alsjeblieft in het Engels", "en"),  # nl
        ("Vertaal dit naar het Duits", "de"),  # nl
        ("Svar på engelsk, takk", "en"),  # no
        ("Oversett dette til tysk", "de"),  # no
        ("Odpowiedz po angielsku", "en"),  # pl
        ("Przetłumacz to na niemiecki", "de"),  # pl
        ("Responda em inglês, por favor", "en"),  # pt
        ("Traduza para o espanhol", "es"),  # pt
        ("Te rog răspunde în engleză", "en"),  # ro
        ("Tradu asta în franceză", "fr"),  # ro
        ("Ответь, пожалуйста, по-английски", "en"),  # ru
        ("Переведи на немецкий", "de"),  # ru
        ("Odpovedz po anglicky", "en"),  # sk
        ("Prelož to do nemčiny", "de"),  # sk
        ("Odgovori v angleščini", "en"),  # sl
        ("Prevedi v nemščino", "de"),  # sl
        ("Odgovori na engleskom", "en"),  # sr
        ("Одговори на енглеском", "en"),  # sr
        ("Преведи на немачки", "de"),  # sr
        ("Svara på engelska", "en"),  # sv
        ("Översätt till tyska", "de"),  # sv
        ("Tafadhali jibu kwa Kiingereza", "en"),  # sw
        ("Tafsiri kwa Kifaransa", "fr"),  # sw
        ("ช่วยตอบเป็นภาษาอังกฤษ", "en"),  # th
        ("แปลเป็นภาษาญี่ปุ่น", "ja"),  # th
        ("Sumagot ka sa Ingles", "en"),  # tl
        ("Isalin mo sa Tagalog", "tl"),  # tl
        ("Lütfen İngilizce cevap ver", "en"),  # tr
        ("Bunu Almancaya çevir", "de"),  # tr
        ("Відповідай англійською", "en"),  # uk
        ("Перекладіть німецькою", "de"),  # uk
        ("Переклади на англійську", "en"),  # uk
        ("Trả lời bằng tiếng Anh", "en"),  # vi
        ("Dịch sang tiếng Pháp", "fr"),  # vi
        ("请用英文回答", "en"),  # zh
        ("翻译成日语", "ja"),  # zh
        ("請用英語回答", "en"),  # zh
        ("Answer in Azerbaijani", "az"),  # az
        ("Azərbaycan dilində cavab ver", "az"),  # az
        ("Write it in Yiddish", "yi"),  # yi
        ("Answer in Assamese", "as"),  # as
        ("मराठीत उत्तर द्या", "mr"),  # mr
        ("नेपालीमा जवाफ दिनुहोस्", "ne"),  # ne
        ("Responde en galego", "gl"),  # gl
        ("اردو میں جواب دیں", "ur"),  # ur
        ("Reply in Urdu", "ur"),  # ur
        ("Reply in Tamil", "ta"),  # ta
        ("in Brazilian Portuguese please", "pt"),  # x
        ("auf Deutsch bitte", "de"),  # x
        ("переведи на английский", "en"),  # x
        ("terjemahkan ke bahasa Inggris", "en"),  # x
        ("İngilizceye çevir", "en"),  # x
        ("lietuviškai", "lt"),  # x
        ("中国語（簡体字）に訳して", "zh"),  # x
        ("Ответь на русском", "ru"),  # ru
        ("Напиши по-русски", "ru"),  # ru
        ("Napisz po polsku", "pl"),  # pl
        ("Napiš to česky", "cs"),  # cs
        ("Írd meg magyarul", "hu"),  # hub
        ("Vastaa suomeksi", "fi"),  # fi
        ("Türkçe yaz", "tr"),  # tr
        ("Γράψε στα ελληνικά", "el"),  # el
        ("תכתוב בעברית", "he"),  # he
        ("اكتب بالعربية", "ar"),  # ar
        ("به فارسی بنویس", "fa"),  # fa
        ("हिंदी में लिखो", "hi"),  # hi
        ("বাংলায় লেখো", "bn"),  # bn
        ("ตอบเป็นภาษาไทย", "th"),  # th
        ("Viết bằng tiếng Việt", "vi"),  # vi
        ("한국어로 써줘", "ko"),  # ko
        ("日本語で書いて", "ja"),  # ja
        ("用中文写", "zh"),  # zh
        ("Jawab pakai bahasa Indonesia", "id"),  # id
        ("Jawab dalam bahasa Melayu", "ms"),  # ms
        ("Andika kwa Kiswahili", "sw"),  # sw
        ("Sumagot sa Filipino", "tl"),  # tl
        ("Пиши на български", "bg"),  # bg
        ("Пишувај на македонски", "mk"),  # mk
        ("Пиши на српском", "sr"),  # sr
        ("Piši na hrvatskom", "hr"),  # hr
        ("Piši v slovenščini", "sl"),  # sl
        ("Píš po slovensky", "sk"),  # sk
        ("Пиши українською", "uk"),  # uk
        ("Scrie în română", "ro"),  # ro
        ("Rašyk lietuviškai", "lt"),  # lt
        ("Raksti latviski", "lv"),  # lv
        ("Kirjuta eesti keeles", "et"),  # et
        ("Skriv på dansk", "da"),  # da
        ("Skriv på norsk", "no"),  # no
        ("Skriv på svenska", "sv"),  # sv
        ("Schrijf in het Nederlands", "nl"),  # nl
        ("Escriu en català", "ca"),  # ca
        ("Escribe en gallego", "gl"),  # gl
        ("Scrivi in italiano", "it"),  # it
        ("Escreva em português", "pt"),  # pt
        ("Escribe en español", "es"),  # es
        ("Écris en français", "fr"),  # fr
        ("Schreib auf Deutsch", "de"),  # de
    ],
)
def test_every_language_asks_for_a_reply_language_in_its_own_words(text, lang):
    assert asked_language(text) == lang


# ... and only names a language: a colleague's nationality, or how a word is said in it
# ("kako se reče hvala v angleščini" is a question about a word, answered in the user's language).
@pytest.mark.parametrize(
    "text",
    [
        "ما معنى كلمة 'شكرا' بالإنجليزية؟",
        "صديقي الفرنسي يعمل هنا",
        "Моят колега е германец и говори немски",
        "আমার বন্ধু ইংরেজি শিক্ষক",
        "El meu company alemany és molt amable",
        "Můj německý kolega přijede zítra",
        "Min tyske kollega kommer i morgen",
        "Mein englischer Kollege kommt morgen",
        "Ο Γερμανός συνάδελφός μου έρχεται αύριο",
        "My Danish colleague wrote this",
        "What does 'ajde' mean in Serbian?",
        "Mi colega alemán llega mañana",
        "Minu saksa kolleeg tuleb homme",
        "همکار آلمانی من فردا می\u200cآید",
        "Saksalainen kollegani tulee huomenna",
        "Mon collègue allemand arrive demain",
        "העמית הגרמני שלי מגיע מחר",
        "मेरा जर्मन सहकर्मी कल आएगा",
        "Moj njemački kolega dolazi sutra",
        "A német kollégám holnap jön",
        "Rekan kerja saya dari Jerman datang besok, dia belajar bahasa Inggris",
        "Il mio collega tedesco arriva domani",
        "ドイツ人の同僚が明日来ます",
        "독일 동료가 내일 옵니다",
        "Mano vokietis kolega atvyks rytoj",
        "Mans vācu kolēģis ieradīsies rīt",
        "Мојот германски колега доаѓа утре",
        "Rakan sekerja saya orang Jerman",
        "Mijn Duitse collega komt morgen",
        "Min tyske kollega kommer i morgen",
        "Mój niemiecki kolega przyjedzie jutro",
        "Meu colega alemão chega amanhã",
        "Colegul meu german vine mâine",
        "Мой немецкий коллега приедет завтра",
        "Môj nemecký kolega príde zajtra",
        "Moj nemški kolega pride jutri",
        "Мој немачки колега долази сутра",
        "Min tyska kollega kommer i morgon",
        "Rafiki yangu wa Kijerumani anakuja kesho",
        "เพื่อนร่วมงานชาวเยอรมันของฉันจะมาพรุ่งนี้",
        "Hindi ko alam kung ano ang sasabihin",
        "Alman meslektaşım yarın geliyor",
        "Мій німецький колега приїде завтра",
        "Đồng nghiệp người Đức của tôi sẽ đến vào ngày mai",
        "我的德国同事明天来",
        "How do you say thanks in Spanish?",
        "Wie sagt man danke auf Französisch?",
        "Как по-английски будет 'спасибо'?",
        "Come si dice grazie in inglese?",
        "Jak se řekne děkuji anglicky?",
        "Hogy mondják angolul, hogy köszönöm?",
        "Mitä 'kiitos' on englanniksi?",
        "'Teşekkürler' İngilizcede ne demek?",
        "'ありがとう'は英語で何と言いますか？",
        "'감사합니다'는 영어로 뭐예요?",
        "'谢谢'用英语怎么说？",
        "'ขอบคุณ' ภาษาอังกฤษพูดว่าอะไร",
        "Apa bahasa Inggrisnya 'terima kasih'?",
        "'Cảm ơn' tiếng Anh là gì?",
        "Nini maana ya 'asante' kwa Kiingereza?",
        "Paano sabihin ang 'salamat' sa Ingles?",
        "Як сказати 'дякую' англійською?",
        "Kako se kaže hvala na engleskom?",
        "Hoe zeg je bedankt in het Engels?",
        "Hur säger man tack på engelska?",
        "Jak powiedzieć dziękuję po angielsku?",
        "Como se diz obrigado em inglês?",
        "Cum se spune mulțumesc în engleză?",
        "Kuidas öelda aitäh inglise keeles?",
        "Kā pateikt paldies angliski?",
        "Kaip pasakyti ačiū angliškai?",
        "Πώς λέμε ευχαριστώ στα αγγλικά;",
        "איך אומרים תודה באנגלית?",
        "كيف تقول شكرا بالإنجليزية؟",
        "چطور به انگلیسی بگویم ممنون؟",
        "अंग्रेज़ी में धन्यवाद कैसे कहते हैं?",
        "Как се казва благодаря на английски?",
        "Kako se reče hvala v angleščini?",
        "Ako sa povie ďakujem po anglicky?",
        "Hvordan siger man tak på engelsk?",
        "Hvordan sier man takk på engelsk?",
        "Com es diu gràcies en anglès?",
        "Bagaimana cara mengatakan terima kasih dalam bahasa Inggeris?",
        "Како се каже хвала на енглеском?",
        "Како се вели благодарам на англиски?",
        "ইংরেজিতে ধন্যবাদ কীভাবে বলে?",
    ],
)
def test_every_language_names_a_language_without_asking_for_it(text):
    assert asked_language(text) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('Vastaa englanniksi: mitä tarkoittaa "sisu"?', "en"),
        ("Réponds en anglais stp : comment dire poliment que la livraison aura du retard ?", "en"),
        ("Odgovori na engleskom: što znači riječ 'merak'?", "en"),
        ("下面这段英文是什么意思？用中文解释一下", "zh"),
    ],
)
def test_a_question_about_a_word_after_the_request_is_its_content(text, lang):
    assert asked_language(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "Ich wohne in Veneto und arbeite in Venezia",  # not Estonian "vene" (Russian)
        "Mind huvitab vene kirjandus",  # Estonian "vene" without "keeles": a mention
        "Saksa auto on kallis",
        "मैं जर्मनी में रहता हूँ",  # "in Germany", not "in German"
        "Hindi ko alam kung saan ang Ingles na libro",
        "She sang German songs all evening",
    ],
)
def test_words_that_begin_like_names_ask_for_nothing(text):
    assert asked_language(text) is None


# A country's name that begins like its language's, after "to" or "in", asks for nothing.
@pytest.mark.parametrize(
    "text",
    [
        "Příští týden jedu do Německa na konferenci",
        "Bydlím v Německu už pět let",
        "Zítra letím do Turecka",
        "Ako sa máš? Idem do Rakúska a potom do Nemecka",
        "Przeprowadzam się do Portugalii",
        "Vivo en Alemania desde 2019",
        "Vado in Germania e poi in Grecia",
        "Ik ga naar Duitsland",
        "I live in Germany",
        "Jag flyttar till Tyskland",
        "Trăiesc în România de zece ani",
        "Saya pergi ke Jerman minggu depan",
    ],
)
def test_a_country_named_like_its_language_is_not_asked_for(text):
    assert asked_language(text) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Terjemahkan ke Inggris", "en"),
        ("Povej angleško, prosim", "en"),
        ("Svara på finska", "fi"),
        ("Översätt till norska", "no"),
        ("Přelož to do angličtiny", "en"),
    ],
)
def test_the_language_beside_its_country_is_still_asked_for(text, lang):
    assert asked_language(text) == lang


# An English name before a noun is an adjective; a request ends with it, or goes on with a
# function word, a word of the user's own language, or a punctuation mark.
@pytest.mark.parametrize(
    "text",
    [
        "I am interested in Japanese culture, where should I start?",
        "She works in German companies and wants a raise",
        "I am into Korean dramas lately",
        "Any tips for a trip to Japanese gardens?",
    ],
)
def test_an_english_name_before_a_noun_is_not_asked_for(text):
    assert asked_language(text) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Answer in English please", "en"),
        ("Write it in simplified Chinese characters", "zh"),
        ("please respond in english lol", "en"),
        ("Pwede mo bang isulat in English yung message ko?", "en"),
        ("Always reply in Norwegian (bokmål), whatever the customer writes in.", "no"),
    ],
)
def test_an_english_name_asked_for_may_be_followed_by_words(text, lang):
    assert asked_language(text) == lang


def test_a_user_who_borrows_english_nouns_still_expects_their_language():
    # "printer", "scan", "email", "restart" read partly as English; the latest turn is a model name
    exchange = ex(
        "Your Brother MFC-L2710DW needs the SMTP server, port and login of your mail account entered in its web"
        " settings. Open the printer's IP address in a browser, go to Network, then Email, and fill in the"
        " outgoing server details.",
        "Printer saya tidak bisa scan ke email, kenapa ya? Sudah saya restart juga tapi tetap tidak bisa",
        "Coba cek pengaturan SMTP di printer.",
        "Brother MFC-L2710DW",
    )
    assert label(language_mismatch, exchange) == "fail"


def test_an_unplaced_serbian_user_is_told_by_the_groups_own_words():
    user = "koliko se kuva pasulj u ekspres loncu?"  # "kuva", "pasulj": Serbian (Croatian: "kuha", "grah")
    croatian = (
        "Grah se u ekspres loncu kuha otprilike 25 do 30 minuta, ovisno o vrsti. Prije kuhanja ga namočite"
        " preko noći, a sol dodajte tek na kraju."
    )
    assert label(language_mismatch, ex(croatian, user)) == "fail"


def test_names_that_made_an_english_reply_read_as_czech_are_set_aside():
    reply = (
        "Nice! The easiest way up is the cable car from Pec pod Sněžkou to Růžová hora, then a short walk to Sněžka."
    )
    found = identify(reply)
    assert found is not None and found.lang == "en"
    assert label(language_mismatch, ex(reply, "How do we get up the Sněžka with two small kids?")) == "pass"


@pytest.mark.parametrize(
    "user, reply, expected",
    [
        (
            "bhai mujhe resume banana hai, kaise likhu achha sa? kuch tips do na",
            "Sure! Start with a short summary at the top, then list your experience with the newest job first,"
            " and keep it to one page with clear headings.",
            "fail",
        ),
        (
            "pou mporo na fao kala stin Athina? thelo kati paradosiako",
            "Ecco alcuni posti dove si mangia bene ad Atene: Kuzina a Thissio, Karamanlidika vicino al mercato"
            " centrale e To Kafeneio a Plaka.",
            "fail",
        ),
        (
            "pou mporo na fao kala stin Athina? thelo kati paradosiako",
            "Καλά μέρη για φαγητό στην Αθήνα: η Κουζίνα στο Θησείο, τα Καραμανλίδικα κοντά στην κεντρική αγορά και"
            " το Καφενείο στην Πλάκα.",
            "pass",
        ),
    ],
)
def test_a_language_typed_in_latin_letters_is_the_users_language(user, reply, expected):
    assert label(language_mismatch, ex(reply, user)) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Réponds-moi en italien stp, je veux pratiquer", "it"),  # (German "Italien" is the country)
        ("Responda em japonês, por favor", "ja"),
        ("Odpowiedz po czesku, proszę", "cs"),
        ("Jawab dalam bahasa Korea ya", "ko"),
        ("Wir fahren im Sommer in Italien ans Meer, was brauche ich?", None),
        ("Saya mau liburan ke Korea bulan depan, enaknya ke mana?", None),
    ],
)
def test_names_that_are_also_places_are_read_by_their_preposition(text, lang):
    assert asked_language(text) == lang


def test_a_text_in_han_characters_is_never_read_as_a_latin_script_language():
    found = identify("推荐几本适合初中生读的书")  # the identifier's own top reading is Finnish
    assert found is not None and found.lang == "zh"
    reply = "推荐以下几本书：\n1.《城南旧事》\n2.《骆驼祥子》\n3.《朝花夕拾》"
    assert label(language_mismatch, ex(reply, "推荐几本适合初中生读的书")) == "pass"


def test_earlier_turns_decide_when_the_latest_blurs_them():
    exchange = ex(
        "Switch to the target branch and cherry-pick the commit, then reset the wrong branch by one commit."
        " Only do the reset if the commit was not pushed yet.",
        "imam problem s git-om, napravio sam commit na krivi branch",
        "Nema problema. Želiš li commit prebaciti na novi ili postojeći branch?",
        "postojeci, feature/login",
    )
    assert label(language_mismatch, exchange) == "fail"


def test_a_formula_heavy_reply_is_told_by_its_own_words():
    # the identifier reads the reply as English at 0.63 only; its words are English, none French
    exchange = ex(
        "For 250,000 € at 3.6% over 20 years:\n\n- t = 0.036 / 12 = 0.003\n- n = 240\n"
        "- M ≈ 250,000 × 0.003 / (1 − 1.003^−240)\n- M ≈ **1,463 € / month**\n\n"
        "In total you pay about 101,000 € of interest.",
        "Je voudrais savoir combien je paierai chaque mois pour un crédit immobilier, tu peux m'aider ?",
        "Bien sûr, donnez-moi le montant, la durée et le taux.",
        "sans assurance, 250 000 € sur 20 ans à 3,6 %",
    )
    assert label(language_mismatch, exchange) == "fail"


def test_a_short_reply_in_another_single_script_language_fails():
    # Thai and Lao: each alone writes its script; neither text is long enough to identify
    assert label(language_mismatch, ex("ບໍ່ເປັນຫຍັງ! ມີຫຍັງຖາມມາໄດ້.", "ขอบคุณครับ")) == "fail"
    assert label(language_mismatch, ex("ยินดีครับ! มีคำถามอะไรอีกถามได้เลย", "ขอบคุณครับ")) != "fail"


@pytest.mark.parametrize(
    "user, reply, expected",
    [
        # Swedish typed without accents, which the identifier reads as Dutch: its own words
        # ("hur", "ska") against a Norwegian reply's letters and words
        (
            "hur lange ska man koka potatis",
            "Poteter trenger rundt 20 minutter i kokende vann. Kjenn etter med en gaffel, og husk litt salt i vannet.",
            "fail",
        ),
        (
            "hur lange ska man koka agg for att de blir harda",
            "Ägg ska koka i ungefär 8 minuter för att bli hårdkokta. Lägg dem i kallt vatten efteråt.",
            "pass",
        ),
        # Bokmål "feriedager", "rett" against Danish "feriedage", "ret", "uger"
        (
            "hvor mange feriedager har jeg rett på i norge",
            "Du har ret til 25 feriedage om året, altså fem uger, efter ferieloven.",
            "fail",
        ),
    ],
)
def test_a_close_sibling_read_in_the_users_words(user, reply, expected):
    assert label(language_mismatch, ex(reply, user)) == expected


@pytest.mark.parametrize(
    "user, reply, expected",
    [
        # a Spanish reply that quotes a Portuguese name and term ("Unidade de Atendimento",
        # "certidão de nascimento") to a Brazilian user
        (
            "Roubaram minha carteira com o RG dentro. Como faço pra tirar outro aqui em Belo Horizonte?",
            "Siento lo del robo. Para pedir el nuevo documento en Belo Horizonte, primero registra la denuncia en la"
            " web de la policía; después pide cita en la Unidade de Atendimento Integrado y lleva la certidão de"
            " nascimento original y un comprobante de domicilio.",
            "fail",
        ),
        # Spanish "han" is no Catalan word
        (
            "Tradueix-me això al català per a la revista de l'escola: \"This year our pupils built a greenhouse in"
            ' the yard. They learned to water, to measure how plants grow and to share the harvest."',
            "Este curso, nuestros alumnos han construido un invernadero en el patio. Han aprendido a regar, a medir"
            " el crecimiento de las plantas y a repartir la cosecha.",
            "fail",
        ),
        # Galician's own words ("dende", "ata", "hai", "polo", "xente") to a Spanish user
        (
            "¿Cuántos días se tarda en hacer el Camino Inglés desde Ferrol hasta Santiago? ¿Hay que reservar"
            " albergues en julio?",
            "Dende Ferrol ata Santiago hai uns 120 quilómetros polo Camiño Inglés, que adoita facerse en cinco"
            " etapas. En xullo hai moita xente, así que convén reservar os albergues privados con tempo e saír"
            " cedo cada mañá.",  # (Galician writes ñ too)
            "fail",
        ),
    ],
)
def test_iberian_neighbours_told_apart(user, reply, expected):
    assert label(language_mismatch, ex(reply, user)) == expected


def test_a_long_reply_the_identifier_splits_is_told_by_the_pairs_words():
    # English terms leave Indonesian and Malay only half the identifier's share; "pakai",
    # "gampang", "bisa" against the user's "nak", "boleh", "kenduri"
    reply = (
        "Bisa! Pakai rice cooker digital: set timer, pilih mode white rice, lalu tekan start. Untuk 50 orang,"
        " masak tiga batch, masing-masing 1,5 kg beras dengan santan dan daun pandan. Gampang kok!"
    )
    user = "Saya nak masak nasi lemak untuk kenduri, lebih kurang 50 orang. Boleh bagi sukatan beras dan santan?"
    assert label(language_mismatch, ex(reply, user)) == "fail"


def test_a_reply_the_identifier_cannot_place_is_told_by_its_own_words():
    reply = (
        "Sure! Select your data, go to **Insert → Pivot table**, add the order date to Rows, right-click it and"
        " choose **Group → Months**, then add the amount column to Values as SUM."
    )
    exchange = ex(
        reply,
        "Saya nak kira jumlah jualan dalam Google Sheets ikut bulan",
        "Boleh guna SUMIFS dengan julat tarikh, atau pivot table.",
        "pivot table ok",
    )
    assert identify(reply) is None
    assert label(language_mismatch, exchange) == "fail"


def test_indonesian_and_malay_money_words():
    # "kartu", "bedanya" against "kad", "wang", "akaun", "membolehkan"
    reply = (
        "Kad kredit membolehkan anda membeli dahulu dan membayar kemudian, manakala kad debit terus menolak wang"
        " daripada akaun simpanan anda."
    )
    assert label(language_mismatch, ex(reply, "Apa bedanya kartu kredit sama kartu debit?")) == "fail"


def test_czech_typed_without_accents_against_a_slovak_reply():
    # "jak", "dlouho", "vejce": Czech (Slovak: "ako", "dlho", "vajce"), which the identifier reads as Polish
    reply = (
        "Vajcia na tvrdo varte približne 10 minút od chvíle, keď voda začne vrieť, potom ich dajte do studenej"
        " vody, budú sa lepšie lúpať."
    )
    assert label(language_mismatch, ex(reply, "jak dlouho se vari vejce natvrdo?")) == "fail"


def test_a_tagalog_or_swahili_user_is_no_romanised_hindi_or_thai():
    # the identifier reads neither surely; their own words rule out romanised typing
    hindi = "आप नया पासपोर्ट ऑनलाइन आवेदन करके बनवा सकते हैं। पासपोर्ट सेवा केंद्र में अपॉइंटमेंट लें और मूल दस्तावेज़ साथ ले जाएँ।"
    assert (
        label(language_mismatch, ex(hindi, "Paano ba mag-renew ng passport dito, ano ang kailangan kong dalhin?"))
        == "fail"
    )
    assert label(language_mismatch, ex(hindi, "bro laptop yangu iko slow sana, nifanye nini ili iwe haraka?")) == "fail"


def test_romanian_typed_without_accents_is_read_by_its_own_words():
    # the user's own words are Romanian without diacritics; the pasted contract and the reply Italian
    user = (
        'Ce inseamna asta? Mi-au dat-o sa semnez la munca:\n\n"Il periodo di prova è fissato in trenta giorni'
        ' di calendario, durante i quali ciascuna delle parti può recedere senza preavviso."'
    )
    reply = (
        "Significa che i primi trenta giorni sono di prova: in quel periodo sia tu sia il datore di lavoro"
        " potete chiudere il rapporto senza dare preavviso."
    )
    assert label(language_mismatch, ex(reply, user)) == "fail"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("ترجم للفرنسي: نعتذر عن التأخير", "fr"),  # (ل + ال, and the masculine as people say it)
        ("اكتب الرد بالإنجليزي لو سمحت", "en"),
        ("الوطن العربي كبير جدا", None),
    ],
)
def test_arabic_names_a_language_in_the_masculine_too(text, lang):
    assert asked_language(text) == lang


def test_a_month_name_both_write_does_not_make_slovenian_serbian():
    found = identify(
        "Napovedi vam ni treba oddajati sami. Finančna uprava vsako leto do konca maja pošlje informativni"
        " izračun dohodnine."
    )
    assert found is not None and found.lang == "sl"


def test_a_cyrillic_reply_to_a_user_who_writes_latin_only_languages():
    # the identifier splits the reply between Macedonian and Serbian; its script is the evidence
    reply = (
        "Брзо реагујте: упијте што више вина папирним убрусом, поспите флеку сољу и оставите десет минута,"
        " па оперите хладном водом."
    )
    assert label(language_mismatch, ex(reply, "Kdaj moram z otrokom k zdravniku zaradi kašlja?")) == "fail"


def test_a_serbian_reply_the_identifier_reads_weakly_is_named_by_its_words():
    reply = (
        "Sada je voz bolja opcija: brza pruga stiže za oko 35 minuta, a autobus putuje sat i po. Karte za voz"
        " kupi unapred jer se popune."
    )
    assert label(language_mismatch, ex(reply, "Treba mi primjer e-mail adrese za testiranje obrasca.")) == "fail"
