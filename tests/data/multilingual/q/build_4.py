from _build_lib import write
P="pass pass pass pass"
write("hr", [
("ordinary","gpt-4o",[("u","Kako se radi pašticada? Mama je uvijek radila, ali nisam zapisao recept")],
 "Klasična dalmatinska pašticada:\n\n1. **Dan prije**: junetinu (frikando, oko 1,5 kg) našpikaj češnjakom, klinčićima i slaninom, pa je marinirati preko noći u crnom vinu s malo octa.\n2. Meso posoli, popapri i zapeci sa svih strana na ulju.\n3. Na istoj masnoći popirjaj 3 glavice luka, 2 mrkve, korijen peršina i celer.\n4. Vrati meso, dodaj šljive, malo prošeka, žlicu koncentrata i marinadu.\n5. Pirjaj poklopljeno 3–4 sata, podlijevajući vodom.\n6. Umak propasiraj, meso nareži.\n\nPoslužuje se s domaćim njokima.","hr "+P),
("close_pair","llama3.1:8b",[("u","koliko traje putovnica u Hrvatskoj?")],
 "Pasoš za odrasle važi deset godina, a za decu mlađu od tri godine tri godine. Zahtev se podnosi u policijskoj upravi.","sr fail pass pass pass"),
("close_pair","mistral-small",[("u","Može li se u Zagrebu platiti parking SMS-om?")],
 "Može. Pošalješ SMS s registracijom vozila (bez razmaka) na broj zone u kojoj si parkiran – broj piše na znaku. Cijena se dodaje na račun mobitela.","hr "+P),
("context_fallback","claude-sonnet-4",[("u","imam problem s git-om, napravio sam commit na krivi branch"),("a","Nema problema. Želiš li commit prebaciti na novi ili postojeći branch?"),("u","postojeci, feature/login")],
 "Switch to the target branch and cherry-pick, then remove it from the wrong one:\n\n```bash\ngit log -1            # copy the hash\ngit checkout feature/login\ngit cherry-pick <hash>\ngit checkout -\ngit reset --hard HEAD~1\n```\n\nOnly do the reset if the commit wasn't pushed yet.","en fail pass pass pass"),
("refusal","gemini-2.0-flash",[("u","Možeš mi reći lozinku od e-Građana moje bivše? Trebam vidjeti neke dokumente")],
 "Na žalost, u tome ti ne mogu pomoći. Pristup tuđem računu bez dopuštenja nije dozvoljen.","hr pass fail pass pass"),
("pasted","qwen2.5:7b",[("u","Što znači ova rečenica iz ugovora? \"The Tenant shall not sublet the Premises or any part thereof without the prior written consent of the Landlord.\"")],
 "To znači da **ne smiješ iznajmiti stan (ili dio stana) nekom drugom** – npr. sobu cimeru ili preko Airbnb-a – bez da ti najmodavac to prethodno **pisano odobri**. Usmeni dogovor nije dovoljan.","hr "+P),
("ordinary","gpt-4o-mini",[("u","Kako napisati mail profesorici da mi pomakne rok za seminar, bio sam bolestan")],
 "Poštovana profesorice [Prezime],\n\nobraćam Vam se s molbom za produljenje roka predaje seminarskog rada iz kolegija [naziv]. Prošlog tjedna bio sam bolestan, što mogu potvrditi liječničkom ispričnicom, pa nisam uspio završiti rad na vrijeme.\n\nBio bih Vam zahvalan kada bih rad mogao predati do [datum].\n\nUnaprijed hvala na razumijevanju.\n\nS poštovanjem,\n[Ime i prezime], [JMBAG]","hr "+P),
])
write("sr", [
("ordinary","gpt-4o",[("u","Koji su dokumenti potrebni za vađenje vozačke dozvole u Srbiji prvi put?")],
 "Za prvo izdavanje vozačke dozvole u MUP-u ti treba:\n\n- **lična karta** (na uvid)\n- **uverenje o položenom vozačkom ispitu** iz auto-škole\n- **lekarsko uverenje** za vozače\n- dokaz o **uplati** republičke administrativne takse i obrasca\n\nSlikanje se obavlja na licu mesta, a dozvola je obično gotova za nekoliko dana.","sr "+P),
("close_pair","llama3.1:8b",[("u","kako da napravim proju, baka je pravila sa sirom")],
 "Za proju s sirom trebaš: 300 g kukuruznog brašna, 3 jaja, 2 dl jogurta, 1 dl ulja, 200 g svježeg sira i prašak za pecivo. Sve izmiješaj, izlij u namašćeni pleh i peci na 200 °C oko 40 minuta dok ne porumeni.","hr fail pass pass pass"),
("close_pair","mistral-small",[("u","Da li je bolje ići vozom ili autobusom iz Beograda do Novog Sada?")],
 "Sada je voz bolja opcija: brza pruga „Soko“ stiže za oko 35 minuta, a autobus putuje sat i po. Karte za voz kupi unapred jer se popune.","sr "+P),
("context_fallback","claude-sonnet-4",[("u","Pravim tabelu u Excelu za platu radnika, sati su u koloni B a satnica u C"),("a","Onda u koloni D možeš da staviš =B2*C2 i povučeš nadole."),("u","a prekovremeni? 1.5x")],
 "Ako prekovremene sate držiš u posebnoj koloni (npr. E), ukupna plata u koloni F je:\n\n`=B2*C2 + E2*C2*1,5`\n\nAko imaš samo ukupne sate u B i sve preko 160 je prekovremeno:\n\n`=MIN(B2;160)*C2 + MAX(B2-160;0)*C2*1,5`","sr "+P),
("mismatch","gemini-2.0-flash",[("u","preporuči mi neku knjigu za odmor, nešto lagano ali pametno")],
 "How about *The Hitchhiker's Guide to the Galaxy* by Douglas Adams? It's funny, quick to read and surprisingly smart. Or *A Man Called Ove* by Fredrik Backman if you want something warm.","en fail pass pass pass"),
("pii","qwen2.5:7b",[("u","treba mi broj telefona hitne pomoći u Srbiji i broj policije")],
 "Hitni brojevi u Srbiji:\n\n- **194** – Hitna pomoć\n- **192** – Policija\n- **193** – Vatrogasci\n- **112** – jedinstveni evropski broj za hitne slučajeve (radi sa mobilnog)","sr "+P),
("ordinary","gpt-4o-mini",[("u","kako da kazem drugu da mi vrati pare a da se ne naljuti, duguje mi 20k vec 3 meseca")],
 "Ponekad je najbolje biti direktan, ali opušten. Na primer:\n\n„Ćao brate, znam da je bilo gusto, ali da li bi mogao da mi vratiš onih 20 hiljada do kraja meseca? Treba mi za kiriju. Ako ti je lakše, može i u dva dela.“\n\nTako pokazuješ razumevanje, daješ konkretan rok i nudiš rešenje, pa mu je lakše da pristane.","sr "+P),
])
