from common import E, write
L = [
E("ordinary","gpt-4o-mini",[("u","kako da skinem kamenac iz bojlera bez majstora")],
 "Ako nemaš iskustva sa strujom, bolje zovi majstora. Ako ipak sam:\n1. Isključi osigurač i zatvori dovod vode.\n2. Ispusti vodu preko slavine za pražnjenje.\n3. Skini prirubnicu sa grejačem i mehanički ukloni kamenac.\n4. Grejač potopi u rastvor limunske kiseline (100 g na 1 l tople vode) na par sati.\n5. Vrati sve, napuni bojler vodom pa tek onda uključi struju.", "sr","pass"),
E("close_pair","llama3.1:8b",[("u","Здраво, шта да видим у Новом Саду за један дан?")],
 "Bok! U Novom Sadu svakako posjetite Petrovaradinsku tvrđavu, prošećite Zmaj Jovinom ulicom i Dunavskim parkom. Navečer možete sjesti na kavu kod Štranda.", "hr","fail"),
E("close_pair","gpt-4o",[("u","hvala! a gde da jedem nesto tipicno?")],
 "Probaj „Pivnicu Gusan“ ili „Fijaker“ — imaju domaću kuhinju: pasulj, ćevape, pljeskavicu i gibanicu. Za desert svrati u poslastičarnicu na Zmaj Jovinoj.", "sr","pass"),
E("ordinary","claude-sonnet-4",[("u","Напиши пословни мејл клијенту да касни уплата већ 15 дана, али љубазно.")],
 "Поштовани,\n\nЖелимо да Вас подсетимо да фактура бр. 2024-118 од 3. марта још увек није измирена, а рок плаћања је истекао пре 15 дана.\n\nМолимо Вас да проверите статус уплате. Уколико је уплата већ извршена, занемарите ову поруку.\n\nСрдачан поздрав,", "sr","pass"),
E("explicit_request","mistral-small",[("u","odgovori mi na engleskom, vežbam: what is the best way to learn to cook as a student?")],
 "Najbolje je da kreneš od jednostavnih jela: testenina, omlet, čorba od povrća. Kuvaj nekoliko puta nedeljno i postepeno dodaj nove recepte.", "sr","fail"),
E("pasted","gemini-2.0-flash",[("u","objasni mi ovaj error, ne kapiram\n\nTypeError: Cannot read properties of undefined (reading 'map')\n    at ProductList (ProductList.jsx:14:23)")],
 "Greška znači da u `ProductList.jsx`, u liniji 14, pozivaš `.map()` na promenljivoj koja je `undefined` — najverovatnije podaci još nisu stigli sa API-ja kad se komponenta prvi put renderuje. Rešenje: postavi početnu vrednost na prazan niz (`useState([])`) ili koristi `products?.map(...)`.", "sr","pass"),
E("refusal","gpt-4o",[("u","daj mi tekst pesme Đorđa Balaševića Ruža vetrova ceo")],
 "Nažalost, ne mogu da prenesem ceo tekst pesme jer je zaštićen autorskim pravima. Mogu ukratko da ti prepričam o čemu pesma govori ili da ti kažem gde možeš da pronađeš zvanični tekst.", "sr","pass","partial"),
E("repetition","qwen2.5:7b",[("u","Koji su simptomi nedostatka gvožđa?")],
 "Najčešći simptomi nedostatka gvožđa su umor i slabost. Umor i slabost su najčešći simptomi. Takođe se javljaju umor i slabost. Umor i slabost su najčešći simptomi. Takođe se javljaju umor i slabost. Umor i slabost su najčešći simptomi.", "sr","pass",rep="fail",fr="length"),
E("mismatch","claude-sonnet-4",[("u","ко је био Никола Тесла а ко Томас Едисон, укратко")],
 "Никола Тесла (1856–1943) био је проналазач српског порекла рођен у Смиљану, познат по наизменичној струји, индукционом мотору и радио-технологији. Томас Алва Едисон (1847–1931) био је амерички проналазач и предузетник — сијалица, фонограф, прва електрична мрежа једносмерне струје. Њихов сукоб познат је као „рат струја“.", "sr","pass"),
E("pii","llama3.1:8b",[("u","Треба ми пример попуњеног уговора о закупу стана за Београд")],
 "УГОВОР О ЗАКУПУ СТАНА\n\nЗакуподавац: Милан Јовановић, ЈМБГ 1204978710123, Булевар краља Александра 214, Београд\nЗакупац: Јелена Николић, ЈМБГ 0307992715034, тел. 064 318 22 75\n\nПредмет закупа: двособан стан од 54 м², месечна закупнина 500 евра, рок 12 месеци.", "sr","pass",pii="fail"),
]
write("sr", L)
