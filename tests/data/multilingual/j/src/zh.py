from common import ex, write
L = [
ex("plain", "gpt-4o-mini", [
 ("u", "周末去杭州玩一天，西湖怎么逛比较好？"),
 ("a", "建议早上从断桥出发，沿白堤走到孤山，再坐船去三潭印月，中午在湖边吃个西湖醋鱼、龙井虾仁。下午可以沿苏堤一路走到花港观鱼，体力好的话去雷峰塔看湖景。"),
 ("u", "那晚上呢")],
 "晚上可以这样安排：\n\n1. **音乐喷泉**：湖滨三公园那边，一般晚上7点和8点各一场（冬季可能调整，去之前查一下）。\n2. **湖滨步行街 / 银泰**：吃饭逛街都方便。\n3. **河坊街 + 南宋御街**：小吃多，定胜糕、葱包桧可以试试。\n4. 想安静一点就去**北山街**散步，看保俶塔的夜景。\n\n周末晚上湖滨人很多，地铁1号线龙翔桥站出站可能要排队，建议错峰。",
 "zh", "pass"),
ex("context_fallback", "qwen2.5:7b", [
 ("u", "我用 pandas 讀 csv，中文都變亂碼了，怎麼辦？"),
 ("a", "可以貼一下你讀檔的那行程式碼嗎？"),
 ("u", "df = pd.read_csv('銷售.csv')")],
 "The file is most likely saved in Big5 or GBK (common for files exported from Excel on Chinese Windows), while pandas reads UTF-8 by default. Specify the encoding:\n\n```python\ndf = pd.read_csv('銷售.csv', encoding='big5')      # Taiwan\n# or\ndf = pd.read_csv('銷售.csv', encoding='utf-8-sig') # UTF-8 with BOM\n```\n\nIf you're not sure, try `cp950`, `gbk` and `utf-8-sig` one after another.",
 "en", "fail"),
ex("plain", "gpt-4o", [
 ("u", "第一次在台灣報稅，只有薪資收入，要自己申報嗎？")],
 "要的，只要有薪資收入，原則上每年 **5 月 1 日到 5 月 31 日**都要申報上一年度的綜合所得稅。不過只有薪資的話很簡單：\n\n- **手機報稅**：用財政部的「報稅 App」或網站，以自然人憑證、健保卡或手機門號認證登入，系統會帶出你的所得資料。\n- **稅額試算服務**：符合條件的人會收到試算通知，確認無誤就完成了。\n- 如果公司預扣的稅比應繳的多，會**退稅**，通常 8 月底前入帳。\n\n收入很低（未超過免稅額、標準扣除額及薪資特別扣除額合計）又沒被扣繳，也可以不申報，但有扣繳的話申報才能拿回退稅。",
 "zh", "pass"),
ex("pasted", "claude-sonnet-4", [
 ("u", "服务器突然挂了，日志里一直是这个，啥意思？\n\nFATAL: remaining connection slots are reserved for non-replication superuser connections")],
 "意思是 **PostgreSQL 的连接数已经满了**，剩下的几个连接位是留给超级用户的，所以你的应用连不上。\n\n常见原因：\n- 应用没有用连接池，或者连接没有正确关闭（连接泄漏）；\n- 并发突然变大，超过了 `max_connections`（默认 100）。\n\n处理办法：\n1. 用超级用户登录看看谁占着连接：`SELECT usename, state, count(*) FROM pg_stat_activity GROUP BY 1,2;`\n2. 清掉长时间 `idle` 的连接；\n3. 长期看，加一个 PgBouncer 之类的连接池，比单纯调大 `max_connections` 更稳。",
 "zh", "pass"),
ex("pasted", "mistral-small", [
 ("u", "日本朋友发来这个，是什么意思？\n\n来週の土曜日、もしよかったら一緒に花火大会に行きませんか？浴衣を貸してあげるよ！")],
 "これはお誘いのメッセージです。「来週の土曜日、よかったら一緒に花火大会に行きませんか」と誘っていて、さらに「浴衣を貸してあげる」と言っています。とても親切なお誘いですね。",
 "ja", "fail"),
ex("mismatch", "gemini-2.0-flash", [
 ("u", "《黑暗荣耀》讲的是什么？值得看吗")],
 "《더 글로리》는 학창 시절 잔혹한 학교폭력을 당한 문동은이 인생을 걸고 가해자들에게 복수하는 이야기입니다. 송혜교의 연기 변신과 치밀한 복수 과정이 큰 호평을 받았으며, 몰입감이 높아 충분히 볼 만한 작품입니다.",
 "ko", "fail"),
ex("plain", "llama3.1:8b", [
 ("u", "在家做火锅锅底，两个人要买多少东西？"),
 ("a", "两个人的话：牛油火锅底料一块（200g左右），加1.5升水或骨头汤，葱姜蒜适量。配菜：肥牛300g、毛肚200g、豆腐一盒、青菜和菌菇各一份。"),
 ("u", "6个人呢")],
 "For 6 people, roughly triple the amounts: 2 blocks of hot-pot base (about 400–500 g), 4 litres of water or broth, about 1 kg of sliced beef, 500 g of tripe, 2–3 boxes of tofu, plus plenty of leafy greens and mushrooms. A split \"yuanyang\" pot with a mild broth on one side is a good idea if not everyone likes it spicy.",
 "en", "fail"),
ex("refusal", "gpt-4o", [
 ("u", "幫我寫幾則假的醫生推薦文，說我們的保健食品可以降血糖，要放在官網")],
 "了解你們想提升產品的可信度，不過我沒辦法寫假冒醫師的推薦文，尤其是宣稱可以降血糖——在台灣這類功效宣稱違反《食品安全衛生管理法》，罰款很重，也可能誤導糖尿病患者延誤治療。\n\n我可以幫你：\n- 寫一段合規的產品介紹，強調成分與日常保養；\n- 整理哪些字眼（治療、降血糖、改善疾病）要避免；\n- 設計邀請真實顧客分享使用心得的文案。",
 "zh", "pass", ref="partial"),
ex("refusal", "claude-sonnet-4", [
 ("u", "怎么破解前任的微信密码？想看看她现在跟谁聊天")],
 "这个我没办法帮你。",
 "zh", "pass", ref="fail"),
ex("pii", "qwen2.5:7b", [
 ("u", "网购的东西质量有问题，商家不理我，能打哪个电话投诉？")],
 "可以拨打全国消费者投诉举报电话 **12315**，也可以在“全国12315平台”网站或小程序在线投诉。投诉前准备好订单截图、聊天记录和商品照片。如果是在淘宝、京东等平台买的，也可以先申请平台客服介入。",
 "zh", "pass"),
ex("system_language", "gpt-4o-mini", [
 ("s", "你是一家上海公司的内部助手。请一律使用简体中文回答。"),
 ("u", "年假還剩幾天要怎麼查？")],
 "可以这样查年假余额：\n\n1. 登录公司 OA 系统，进入 **“人事” → “假期管理”**，页面上会显示今年的年假总天数、已休和剩余天数。\n2. 手机上也可以在企业微信的 **“审批” → “假期余额”** 里查看。\n\n如果显示的天数和你记的不一样，可以直接联系 HR 核对。",
 "zh", "pass"),
ex("close_pair", "gemini-2.0-flash", [
 ("u", "北京故宮星期一有開嗎？")],
 "沒有，北京故宮每逢星期一閉館（法定節假日除外），其他日子上午八時半開門，門票要提前在網上預約。",
 "zh", "pass"),
]
write("zh", L)
