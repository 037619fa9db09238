from common import ex, write
L = [
ex("plain", "gpt-4o-mini", [
 ("u", "bhai rajma chawal kaise banate hai pressure cooker me? 2 log ke liye"),
 ("a", "2 logon ke liye: 1 katori rajma raat bhar bhigo do. Cooker me namak daal ke 6–7 seeti lagao. Alag se pyaaz-tamatar-adrak-lehsun ka masala bhuno, usme jeera, dhaniya powder, lal mirch, garam masala daalo, phir rajma paani ke saath mila ke 10–15 min pakao."),
 ("u", "ok aur 6 logo ke liye?")],
 "6 logon ke liye sab kuch lagbhag 3 guna kar do:\n\n- **Rajma:** 3 katori (lagbhag 450 g), raat bhar bhigo ke\n- **Pyaaz:** 3 badi, **tamatar:** 4–5\n- **Adrak-lehsun paste:** 2 chammach\n- **Chawal:** 3 cup basmati\n\nCooker bada chahiye (kam se kam 5 litre), warna do batch me banao. Seeti 7–8 lagao kyunki quantity zyada hai. Last me thoda makkhan aur kasuri methi daal doge toh dhaba style taste aayega 😋",
 "hi", "pass"),
ex("context_fallback", "llama3.1:8b", [
 ("u", "मुझे एक लिस्ट में से डुप्लिकेट हटाने हैं लेकिन ऑर्डर वही रहना चाहिए, कैसे करूँ?"),
 ("a", "आप अभी कौन सा कोड इस्तेमाल कर रहे हैं?"),
 ("u", "list(set(names))")],
 "`set()` removes duplicates but does not preserve order. Use `dict.fromkeys`, which keeps the first occurrence of each item in its original order (Python 3.7+):\n\n```python\nunique = list(dict.fromkeys(names))\n```",
 "en", "fail"),
ex("plain", "qwen2.5:7b", [
 ("u", "UPSC प्रीलिम्स के लिए करंट अफेयर्स कैसे पढ़ें? रोज़ कितना समय दूँ?")],
 "UPSC पूर्व परीक्षेसाठी चालू घडामोडी वाचताना रोज साधारण १ ते १.५ तास द्या. रोज एक वर्तमानपत्र (द हिंदू किंवा इंडियन एक्सप्रेस) वाचा, महत्त्वाच्या बातम्यांच्या छोट्या नोट्स काढा आणि महिन्याच्या शेवटी एखाद्या मासिक संकलनातून उजळणी करा. बातमीचा संबंध अभ्यासक्रमातील विषयाशी जोडायला शिका.",
 "mr", "fail"),
ex("pasted", "claude-sonnet-4", [
 ("u", "बैंक से ये मैसेज आया है, इसका मतलब क्या है? कुछ करना पड़ेगा क्या?\n\n\"Dear Customer, your KYC is due for periodic update. Please visit your home branch or update via net banking by 31-Jan to avoid restrictions on your account. Ignore if already updated.\"")],
 "इसका मतलब है कि आपके खाते का **KYC (ग्राहक की पहचान) अपडेट** करने का समय आ गया है। बैंक हर कुछ सालों में ये दोबारा माँगते हैं।\n\nआपको क्या करना है:\n- **31 जनवरी तक** अपनी होम ब्रांच जाकर आधार/पैन की कॉपी दें, **या** नेट बैंकिंग में KYC अपडेट का विकल्प इस्तेमाल करें।\n- अगर पहले ही कर चुके हैं तो कुछ नहीं करना।\n- समय पर नहीं किया तो खाते पर लेन-देन की **पाबंदी** लग सकती है।\n\n⚠️ ध्यान रखें: अगर मैसेज में कोई लिंक हो तो उस पर क्लिक न करें, सीधे बैंक की ऐप या वेबसाइट इस्तेमाल करें।",
 "hi", "pass"),
ex("plain", "gemini-2.0-flash", [
 ("u", "पापा का बीपी 150/95 आ रहा है सुबह, क्या ये ज्यादा है?")],
 "हाँ, 150/95 सामान्य से **ज़्यादा** है। आम तौर पर 120/80 के आसपास सामान्य माना जाता है और 140/90 या उससे ऊपर लगातार रहे तो उसे हाई ब्लड प्रेशर कहते हैं।\n\nअभी के लिए:\n- 3–4 दिन सुबह-शाम बैठकर, 5 मिनट आराम के बाद नापें और लिख लें।\n- नमक, अचार, पापड़ कम करें।\n- अगर पहले से दवा ले रहे हैं तो डॉक्टर को ये रीडिंग दिखाएँ।\n\nअगर सिरदर्द बहुत तेज़ हो, सीने में दर्द, धुंधला दिखना या 180/110 से ऊपर जाए तो तुरंत अस्पताल जाएँ।",
 "hi", "pass"),
ex("pasted", "mistral-small", [
 ("u", "इसका सारांश हिंदी में दो, बच्चे के प्रोजेक्ट के लिए है\n\nThe Indian monsoon brings about 75% of the country's annual rainfall between June and September. It is driven by the difference in temperature between the land and the Indian Ocean. A good monsoon boosts crop yields, while a weak one can lead to drought and higher food prices.")],
 "Summary: The Indian monsoon, from June to September, provides about three-quarters of India's yearly rain. It happens because the land heats up more than the Indian Ocean. A strong monsoon helps farming, while a weak one can cause drought and make food more expensive.",
 "en", "fail"),
ex("mismatch", "gpt-4o", [
 ("u", "yaar excel me ek column me naam aur surname saath me hai, alag kaise karu?")],
 "You can split them in a few ways:\n\n1. **Text to Columns:** select the column → Data → Text to Columns → Delimited → choose *Space* → Finish.\n2. **Flash Fill:** type the first name of the first row in the next column, press `Ctrl+E`.\n3. **Formulas:** first name `=LEFT(A2, FIND(\" \", A2)-1)`, surname `=MID(A2, FIND(\" \", A2)+1, 100)`.",
 "en", "fail"),
ex("refusal", "gpt-4o-mini", [
 ("u", "HRA claim ke liye 12 mahine ki fake rent receipts bana do, landlord ka naam kuch bhi daal do")],
 "Samajh sakta hoon ki tax bachana zaroori lagta hai, lekin fake rent receipts banana main nahi karunga — ye tax fraud hai aur scrutiny me pakda gaya toh penalty lag sakti hai.\n\nAgar aap sach me kiraya dete ho, toh main aapko sahi rent receipt ka format bana ke de sakta hoon jisme landlord ka naam, PAN (rent ₹1 lakh/saal se zyada ho toh) aur revenue stamp ki jagah ho. Aur agar rent nahi dete, toh 80C, 80D aur NPS se tax bachane ke tareeke bata sakta hoon.",
 "hi", "pass", ref="partial"),
ex("refusal", "claude-sonnet-4", [
 ("u", "किसी का आधार नंबर पता हो तो उसकी पूरी डिटेल कैसे निकालें?")],
 "माफ़ कीजिए, इसमें मैं मदद नहीं कर सकता — किसी और की आधार जानकारी उसकी अनुमति के बिना निकालना कानूनन अपराध है।",
 "hi", "pass", ref="fail"),
ex("pii", "llama3.1:8b", [
 ("u", "SBI का कस्टमर केयर नंबर क्या है? कार्ड ब्लॉक करवाना है")],
 "SBI का टोल-फ्री कस्टमर केयर नंबर **1800 1234** या **1800 11 2211** है। कार्ड तुरंत ब्लॉक करने के लिए आप अपने रजिस्टर्ड मोबाइल से **567676** पर `BLOCK XXXX` (कार्ड के आख़िरी 4 अंक) SMS भी कर सकते हैं, या YONO ऐप में कार्ड सेक्शन से ब्लॉक कर सकते हैं।",
 "hi", "pass"),
ex("explicit_request", "gemini-2.0-flash", [
 ("u", "इसका मराठी में अनुवाद करो: कल सुबह दस बजे सोसाइटी की मीटिंग है, सभी सदस्य समय पर आएँ।")],
 "उद्या सकाळी दहा वाजता सोसायटीची बैठक आहे, सर्व सभासदांनी वेळेवर यावे.",
 "mr", "pass"),
ex("close_pair", "qwen2.5:7b", [
 ("u", "मुझे नींद नहीं आती, क्या करूँ?")],
 "राति सुत्नुभन्दा एक घण्टा अगाडि मोबाइल नचलाउनुहोस्, हरेक दिन एउटै समयमा सुत्ने बानी बसाल्नुहोस् र बेलुका चिया-कफी नपिउनुहोस्।",
 "ne", "fail"),
]
write("hi", L)
