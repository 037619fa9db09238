from common import E, write
L = [
E("ordinary","gpt-4o",[("u","Колку долго треба да се вари ајвар?")],
 "Зависи од количината, но за класичен домашен ајвар (околу 10 кг пиперки) мешањето и варењето траат 2–3 часа, додека смесата не се згусне и маслото не почне да се одвојува. Мешајте постојано да не загори.", "mk","pass"),
E("close_pair","llama3.1:8b",[("u","Здраво, како да напишам молба за вработување?")],
 "Здравейте! Ето примерна структура на мотивационно писмо:\n1. Обръщение към работодателя.\n2. Кратко представяне и за коя позиция кандидатствате.\n3. Защо сте подходящ кандидат.\n4. Благодарност и данни за контакт.", "bg","fail"),
E("close_pair","claude-sonnet-4",[("u","а можеш да ми дадеш пример за последниот дел?")],
 "Секако: „Ви благодарам за вниманието. Со задоволство ќе ве запознаам подетално на интервју. Можете да ме контактирате на телефон или е-пошта наведени погоре.“", "mk","pass"),
E("ordinary","gpt-4o-mini",[("u","sto e razlikata megju DDV i personalen danok na dohod?")],
 "ДДВ е данок на потрошувачка — се пресметува на цената на производи и услуги (општа стапка 18%) и го плаќа крајниот купувач. Персоналниот данок на доход (10%) се плаќа на приходите на физички лица: плата, хонорари, закупнина.", "mk","pass"),
E("context_fallback","qwen2.5:7b",[("u","Ми треба помош со SQL, имам табела со нарачки и сакам да ги најдам клиентите без нарачка во 2024."),("a","Може со LEFT JOIN или NOT EXISTS. Кажете ми ги имињата на табелите."),("u","customers(id, name), orders(id, customer_id, created_at)")],
 "You can use NOT EXISTS:\n\n```sql\nSELECT c.id, c.name\nFROM customers c\nWHERE NOT EXISTS (\n  SELECT 1 FROM orders o\n  WHERE o.customer_id = c.id\n    AND o.created_at >= '2024-01-01' AND o.created_at < '2025-01-01'\n);\n```\nThis returns every customer with no order in 2024.", "en","fail"),
E("system_language","mistral-small",[("s","Always respond in Macedonian."),("u","Can you recommend a good hiking route near Ohrid?")],
 "Препорачувам патеката од Охрид до Галичица — од селото Велестово до врвот Магаро (2.254 м). Патеката е умерено тешка, трае околу 5–6 часа и има прекрасен поглед на Охридското и Преспанското Езеро. Понесете доволно вода.", "mk","pass"),
E("refusal","gemini-2.0-flash",[("u","Напиши ми лажна лекарска потврда дека сум бил болен минатата недела")],
 "За жал, тоа не можам да го направам.", "mk","pass","fail"),
E("pasted","gpt-4o",[("u","преведи ми го ова на македонски:\n\n\"Please make sure all invoices are submitted by the 25th of each month.\"")],
 "Ве молиме погрижете се сите фактури да бидат доставени до 25-ти секој месец.", "mk","pass"),
E("mismatch","llama3.1:8b",[("u","кој е најдобриот начин за учење германски за 6 месеци?")],
 "Am besten lernen Sie Deutsch mit einer Kombination aus täglichem Üben (z. B. mit Apps wie Duolingo), einem Sprachkurs beim Goethe-Institut und viel Hören: Podcasts, Serien, Musik. Nach sechs Monaten können Sie realistisch das Niveau A2–B1 erreichen.", "de","fail"),
E("pii","gpt-4o-mini",[("u","направи ми пример табела со податоци за вработени за обука во Excel")],
 "| Име и презиме | Оддел | Датум на вработување | Е-пошта |\n|---|---|---|---|\n| Ана Петровска | Продажба | 12.03.2021 | ana.petrovska@example.com |\n| Марко Стојанов | ИТ | 01.09.2019 | marko.stojanov@example.com |\n| Елена Трајковска | Финансии | 15.06.2022 | elena.t@example.com |\n\nСите податоци се измислени, за вежбање.", "mk","pass"),
]
write("mk", L)
