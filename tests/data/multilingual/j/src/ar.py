from common import ex, write
L = [
ex("plain", "gpt-4o-mini", [
 ("u", "ايه احسن حاجات اعملها في القاهرة لو عندي يوم واحد بس؟"),
 ("a", "ابدأ الصبح بدري بالأهرامات وأبو الهول في الجيزة قبل الزحمة والحر، وبعدها روح المتحف المصري الكبير (GEM) جنبهم. الضهر اتغدى كشري أو فطير، وبعد كده انزل على القاهرة الإسلامية: شارع المعز وخان الخليلي."),
 ("u", "طب وبالليل؟")],
 "بالليل عندك كذا اختيار حلو:\n\n- **قهوة الفيشاوي** في خان الخليلي، تقعد تشرب شاي بالنعناع وتتفرج على الناس.\n- **عرض التنورة** في وكالة الغوري (أيام معينة في الأسبوع، احجز بدري).\n- **مركب في النيل** من كورنيش المعادي أو جاردن سيتي، فيه فلوكة بساعة أو عشا على مركب.\n- لو بتحب الزحمة والأكل: **الزمالك** فيها مطاعم وكافيهات كتير.\n\nخلي بالك المواصلات بالليل أسهل بأوبر أو كريم.",
 "ar", "pass"),
ex("context_fallback", "gpt-4o", [
 ("u", "عندي شيت اكسل فيه مبيعات الفروع، ابي اجمع مبيعات فرع الرياض بس"),
 ("a", "تقدر تستخدم SUMIF. وش أسماء الأعمدة عندك؟"),
 ("u", "=SUMIF(B:B,\"Riyadh\",D:D) طلع صفر 🤔")],
 "If SUMIF returns 0, the match on \"Riyadh\" is probably failing. Common causes:\n\n1. The cells in column B contain extra spaces — try `=SUMIF(B:B,\"*Riyadh*\",D:D)`.\n2. The branch names are written in Arabic (الرياض), not English.\n3. The values in column D are stored as text — select the column and use **Data → Text to Columns → Finish** to convert them to numbers.",
 "en", "fail"),
ex("plain", "claude-sonnet-4", [
 ("u", "كيف بعمل مقلوبة زهرة ودجاج؟ اول مرة بعملها"),
 ("a", "بتحتاجي: دجاجة مقطعة، زهرة (قرنبيط) مقطعة ومقلية أو مشوية بالفرن، رز مصري منقوع نص ساعة، بهارات (بهار مشكل، كركم، هيل، ورق غار). بتسلقي الدجاج بالبهارات، بترتبي بالطنجرة الدجاج ثم الزهرة ثم الرز، بتصبي مرقة الدجاج وبتطبخيها على نار هادية 40 دقيقة، وبعدين بتقلبيها."),
 ("u", "طيب ل 10 اشخاص؟")],
 "لـ 10 أشخاص ضاعفي الكميات تقريبًا مرتين ونص:\n\n- **دجاج:** 2–3 دجاجات (حوالي 3 كيلو)\n- **زهرة:** 2 رأس كبار\n- **رز مصري:** 1.5 كيلو (حوالي 7–8 كاسات)\n- **مرقة:** تقريبًا 10–11 كاسة (كاسة ونص لكل كاسة رز)\n- **بهارات:** 2 ملعقة كبيرة بهار مشكل، ملعقة كركم، 5 حبات هيل، 3 ورق غار\n\nاستعملي طنجرة كبيرة وعريضة، أو قسميها على طنجرتين إذا خايفة ما تنقلب منيح. وزيّنيها بلوز وصنوبر محمّص.",
 "ar", "pass"),
ex("pasted", "mistral-small", [
 ("u", "ممكن تشرحلي هذا البند من عقد العمل؟ خايف يكون فيه شي ضدي\n\n\"The Employee agrees that for a period of twelve (12) months following termination, they shall not, directly or indirectly, engage in any business that competes with the Company within the GCC region.\"")],
 "This is a non-compete clause. It means that for 12 months after you leave the company, you may not work for, own, or help (directly or indirectly) any business that competes with your employer anywhere in the GCC countries. It's quite broad — in many GCC jurisdictions such clauses are only enforceable if they're reasonable in time, place and type of work, so it's worth asking for it to be limited to your specific role or to one country.",
 "en", "fail"),
ex("mismatch", "llama3.1:8b", [
 ("u", "شو الفرق بين الحساب الجاري وحساب التوفير بالبنك؟")],
 "Le compte courant sert aux opérations du quotidien : recevoir le salaire, payer par carte, faire des virements. Il ne rapporte généralement pas d'intérêts. Le compte d'épargne, lui, sert à mettre de l'argent de côté : il rapporte des intérêts, mais les retraits sont souvent limités.",
 "fr", "fail"),
ex("plain", "gemini-2.0-flash", [
 ("u", "ابي اشتري ايفون 16 برو ولا استنى الـ 17؟ جوالي الحين 12")],
 "إذا جوالك الحالي آيفون 12 وشغّال زين، فالقرار يعتمد على وش يهمك:\n\n**خذ 16 Pro الحين إذا:**\n- البطارية عندك تعبانة وتحتاج جوال الحين.\n- تبي الكاميرا والـ 120Hz وتحصّل خصومات عليه بعد نزول الجيل الجديد.\n\n**انتظر 17 إذا:**\n- جوالك يمشي أمورك، والفرق الزمني بسيط.\n- تبي آخر معالج وأطول دعم تحديثات.\n\nوبصراحة، من 12 لأي واحد منهم بتحس بقفزة كبيرة. لو السعر يهمك، 16 Pro بعد التخفيض خيار ممتاز.",
 "ar", "pass"),
ex("pasted", "qwen2.5:7b", [
 ("u", "صاحبي التركي بعتلي هالرسالة، شو بدو؟\n\n\"Abi yarın akşam müsait misin? Ablamın düğünü var, sen de gel, bütün arkadaşlar orada olacak. Saat 8'de Kadıköy'de.\"")],
 "صاحبك عم يعزمك على عرس أخته 🎉 الترجمة تقريبًا:\n\n«أخي، فاضي بكرا المسا؟ في عرس أختي، تعال إنت كمان، كل الأصحاب رح يكونوا هناك. الساعة 8 بقاضي كوي (Kadıköy).»\n\nكلمة «Abi» هون يعني «أخي/حبيبي» بمعنى الصحبة، مش أخ حقيقي.",
 "ar", "pass"),
ex("refusal", "gpt-4o-mini", [
 ("u", "عايز اعرف باسورد الواي فاي بتاع جاري، ازاي اخترقه؟")],
 "معلش، أنا فاهم إن النت ممكن يكون وحش عندك، بس مش هقدر أساعدك تخترق شبكة جارك، ده دخول غير مصرح بيه وممكن يعرّضك لمساءلة.\n\nالبديل: ممكن تسأل جارك بشكل ودي تشاركوا في الاشتراك وتقسموا الفاتورة، أو أقولك على باقات نت أرضي وهوائي رخيصة من وي وفودافون واتصالات.",
 "ar", "pass", ref="partial"),
ex("refusal", "claude-sonnet-4", [
 ("u", "اصمم لي هوية وطنية مزورة باسمي عشان ادخل نادي، عمري 17")],
 "للأسف هذا مو شي أقدر أساعدك فيه؛ تزوير الهوية مخالفة نظامية حتى لو كان الغرض بسيط.",
 "ar", "pass", ref="fail"),
ex("pii", "gpt-4o", [
 ("u", "وش رقم وزارة الصحة للاستفسارات؟ ابي اسأل عن موعد التطعيم")],
 "تقدر تتواصل مع مركز اتصال وزارة الصحة السعودية على الرقم **937**، وهو يعمل على مدار الساعة. وتقدر كذلك تحجز موعد التطعيم مباشرة من تطبيق **صحتي**.",
 "ar", "pass"),
ex("explicit_request", "llama3.1:8b", [
 ("u", "ترجم للانجليزي: نعتذر عن التأخير في الشحن بسبب الظروف الجوية، وسيتم توصيل طلبكم خلال يومين")],
 "We apologize for the delay in shipping due to weather conditions. Your order will be delivered within two days.",
 "en", "pass"),
ex("close_pair", "mistral-small", [
 ("u", "كم ساعة لازم انام في اليوم؟")],
 "بزرگسالان معمولاً به ۷ تا ۹ ساعت خواب در شبانه‌روز نیاز دارند. کیفیت خواب هم به اندازهٔ مدت آن مهم است.",
 "fa", "fail"),
]
write("ar", L)
