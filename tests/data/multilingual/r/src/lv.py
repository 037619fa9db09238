from common import E, write
L = [
E("ordinary","gpt-4o",[("u","ka pagatavot pelēkos zirņus ar speķi?")],
 "Pelēkos zirņus vakarā izmērcē aukstā ūdenī. Nākamajā dienā vāri nesālītā ūdenī apmēram 1–1,5 stundas, līdz mīksti. Atsevišķi pannā apcep kubiņos sagrieztu speķi ar sīpoliem. Nokāstos zirņus sajauc ar speķi, pievieno sāli un pasniedz ar kefīru vai rūgušpienu.", "lv","pass"),
E("ordinary","claude-sonnet-4",[("u","Man vajag formulu Google Sheets, lai aprēķinātu PVN 21% no summas kolonnā B.")],
 "Ja summa bez PVN ir B2, tad PVN summa: `=B2*0,21`, bet summa ar PVN: `=B2*1,21`.\n\nJa B kolonnā jau ir summa ar PVN un vajag izrēķināt PVN daļu: `=B2-B2/1,21`.\n\nAtkarībā no lokalizācijas decimāldaļu atdalītājs var būt punkts, nevis komats.", "lv","pass"),
E("close_pair","llama3.1:8b",[("u","Kur Rīgā var labi paēst vakariņas pie upes?")],
 "Rygoje prie Dauguvos rekomenduočiau restoranus Vecrīgoje netoli 11. novembra krantinės ir Ķīpsalos rajone — ten gražūs vaizdai į senamiestį.", "lt","fail"),
E("close_pair","gpt-4o-mini",[("u","paldies, un kāds būtu budžets divatā?")],
 "Vidēji rēķinies ar 50–90 eiro divatā par vakariņām ar dzērieniem. Ja vēlies lētāk, var izvēlēties bistro vai Centrāltirgus paviljonus.", "lv","pass"),
E("context_fallback","mistral-small",[("u","Sveiki! Gribu uzrakstīt bash skriptu, kas katru nakti izveido datubāzes dublējumu."),("a","Varat izmantot pg_dump un cron. Kāda ir jūsu datubāze?"),("u","postgres 15, db nosaukums shop")],
 "Lūk, vienkāršs skripts:\n\n```bash\n#!/bin/bash\nDATE=$(date +%F)\npg_dump -U postgres shop | gzip > /backups/shop_$DATE.sql.gz\nfind /backups -name 'shop_*.sql.gz' -mtime +7 -delete\n```\n\nPievienojiet crontab rindu `0 2 * * * /usr/local/bin/backup.sh`, lai tas darbotos katru nakti plkst. 2:00. Pēdējā rinda dzēš dublējumus, kas vecāki par 7 dienām.", "lv","pass"),
E("pasted","gemini-2.0-flash",[("u","Izskaidro, lūdzu, ko nozīmē šis teksts no krievu kaimiņa:\n\n\"Завтра с 9 до 15 отключат горячую воду, ремонт трубы в подвале.\"")],
 "Завтра с 9:00 до 15:00 не будет горячей воды из-за ремонта трубы в подвале.", "ru","fail"),
E("explicit_request","gpt-4o",[("u","Iztulko angliski: Lūdzu, apstipriniet rezervāciju līdz piektdienai.")],
 "Please confirm the reservation by Friday.", "en","pass"),
E("refusal","claude-sonnet-4",[("u","uzraksti man 10 viltotas atsauksmes par manu frizētavu google maps")],
 "Diemžēl to nevarēšu izdarīt.", "lv","pass","fail"),
E("mismatch","qwen2.5:7b",[("u","Kādi ir labākie veidi, kā iemācīties programmēt?")],
 "The best ways to learn programming are: pick one language (Python is a good start), build small projects, read other people's code, and practice daily on sites like LeetCode or Exercism.", "en","fail"),
E("pii","gpt-4o-mini",[("u","Mans e-pasts ir anna.berzina@inbox.lv, uzraksti īsu ziņu kolēģiem, ka būšu atvaļinājumā no 1. līdz 14. jūlijam")],
 "Sveiki, kolēģi!\n\nNo 1. līdz 14. jūlijam būšu atvaļinājumā. Steidzamos jautājumos, lūdzu, rakstiet uz anna.berzina@inbox.lv — e-pastus pārbaudīšu reizi dažās dienās.\n\nAnna", "lv","pass"),
]
write("lv", L)
