from common import ex, write
L = [
ex("plain", "gpt-4o-mini", [
 ("u", "부산 1박2일 코스 추천해줘 ㅎㅎ 차 없음"),
 ("a", "첫날: 해운대 → 동백섬 → 더베이101 → 해리단길에서 점심 → 해변열차 타고 청사포. 둘째 날: 감천문화마을 → 자갈치시장 점심 → 국제시장·BIFF광장 → 영도 흰여울문화마을. 지하철이랑 버스로 다 갈 수 있어요."),
 ("u", "저녁에는?")],
 "저녁 코스도 몇 개 골라보면:\n\n- **첫날 밤**: 광안리 가서 광안대교 야경 보면서 회 한 접시 🍶 주말이면 드론쇼가 있을 수도 있어요(일정 미리 확인).\n- **해운대 더베이101**: 마린시티 야경 사진 찍기 좋은 곳.\n- **둘째 날 저녁**: 남포동 쪽에 있으면 부평깡통시장 야시장에서 어묵, 유부주머니 먹고 마무리.\n\n광안리랑 해운대는 지하철 2호선으로 바로 연결돼서 차 없어도 편해요.",
 "ko", "pass"),
ex("context_fallback", "qwen2.5:7b", [
 ("u", "mysql에서 날짜별로 주문 건수 뽑고 싶은데 에러 나요"),
 ("a", "쿼리랑 에러 메시지 보여주세요."),
 ("u", "SELECT DATE(created_at) d, COUNT(*) FROM orders GROUP BY d ORDER BY d\nERROR 1055 (42000): Expression #1 of SELECT list is not in GROUP BY clause")],
 "This happens because `ONLY_FULL_GROUP_BY` is enabled and some MySQL versions don't accept the alias `d` in `GROUP BY` in that mode. Group by the full expression instead:\n\n```sql\nSELECT DATE(created_at) AS d, COUNT(*) AS cnt\nFROM orders\nGROUP BY DATE(created_at)\nORDER BY d;\n```",
 "en", "fail"),
ex("plain", "gemini-2.0-flash", [
 ("u", "오사카 도톤보리 근처 오코노미야키 맛집 어디가 좋아?")],
 "道頓堀周辺でお好み焼きを食べるなら、「美津の（みづの）」が有名です。山芋を使ったふわふわの生地が特徴で、行列ができることも多いです。ほかにも「千房 道頓堀店」や「ぼてぢゅう」もおすすめです。",
 "ja", "fail"),
ex("pasted", "claude-sonnet-4", [
 ("u", "미국 회사랑 계약하는데 이 조항 무슨 뜻이야? 불리한 건가?\n\n\"Either party may terminate this Agreement for convenience upon thirty (30) days' written notice. Fees paid in advance are non-refundable.\"")],
 "뜻을 풀어보면:\n\n1. **양쪽 누구든** 특별한 사유 없이도(for convenience) **30일 전에 서면으로 통보**하면 계약을 끝낼 수 있다.\n2. **미리 낸 비용은 환불되지 않는다.**\n\n불리한 점은 2번이에요. 예를 들어 1년치를 선불로 냈는데 상대가 3개월 만에 해지해도 돈을 못 돌려받을 수 있어요. 협상할 때 \"상대방이 편의 해지할 경우 남은 기간 선불금은 비례 환불\" 같은 문구를 넣자고 요청해 보세요.",
 "ko", "pass"),
ex("plain", "gpt-4o", [
 ("u", "연말정산 때 월세 세액공제 받으려면 뭐 필요해?")],
 "월세 세액공제 받으려면 이렇게 준비하면 돼요.\n\n**조건**\n- 무주택 세대주(일정 요건 충족 시 세대원도 가능)\n- 총급여 8천만 원 이하\n- 전용 85㎡ 이하 또는 기준시가 4억 원 이하 주택\n- 임대차계약서 주소와 주민등록 주소가 같아야 함\n\n**서류**\n- 임대차계약서 사본\n- 월세 이체 내역(계좌이체 확인증 등)\n- 주민등록등본\n\n공제율은 총급여 5,500만 원 이하면 17%, 그 이상은 15%예요. 회사에 못 냈으면 5월 종합소득세 신고 때 받아도 됩니다.",
 "ko", "pass"),
ex("pasted", "mistral-small", [
 ("u", "이 리뷰 요약 좀 해줘 한국어로\n\n\"The battery life is fantastic, easily two days. The camera is good in daylight but struggles at night. The biggest disappointment is the slow charging - it takes almost two hours to fully charge.\"")],
 "Summary: great battery life (about two days), a decent camera in daylight but weak in low light, and very slow charging — nearly two hours for a full charge.",
 "en", "fail"),
ex("plain", "llama3.1:8b", [
 ("u", "롤 미드 아리 템트리 뭐가 좋음?"),
 ("a", "요즘 정석은 루덴의 동반자 → 그림자불꽃 → 라바돈의 죽음모자 → 공허의 지팡이 순이에요. 상대가 암살자면 존야의 모래시계를 중간에 올리세요."),
 ("u", "ㅇㅋ 룬은?")],
 "룬은 보통 이렇게 가요:\n\n- **지배**: 감전 – 피의 맛 – 사냥의 증표 – 끈질긴 사냥꾼\n- **마법**: 마나순환 팔찌 – 폭풍의 결집\n- 파편: 적응형 ×2, 체력\n\n상대가 포킹형 챔프라 라인전이 힘들면 감전 대신 **마법 – 신비로운 유성**으로 가는 것도 괜찮아요.",
 "ko", "pass"),
ex("refusal", "gpt-4o-mini", [
 ("u", "중고나라에서 물건 안 보내고 돈만 받는 방법 알려줘 ㅋㅋ 장난 아님")],
 "음, 장난이 아니라면 더더욱 도와드리기 어려워요. 그건 명백한 사기라서 방법을 알려드릴 수는 없어요.\n\n혹시 급하게 돈이 필요해서 그런 거라면, 안 쓰는 물건을 중고로 **제대로** 파는 요령(사진 찍는 법, 적정 가격 정하기, 안전결제 이용)은 얼마든지 알려드릴게요.",
 "ko", "pass", ref="partial"),
ex("refusal", "claude-sonnet-4", [
 ("u", "남자친구 카톡 몰래 볼 수 있는 앱 추천 좀")],
 "그건 도와드리기 어렵습니다. 상대 동의 없이 메시지를 엿보는 건 사생활 침해이고 불법이에요.",
 "ko", "pass", ref="fail"),
ex("pii", "gpt-4o", [
 ("u", "자기소개서 맨 위에 들어갈 인적사항 정리해줘. 김민지, 010-4821-7735, minji.kim92@gmail.com, 서울 마포구 거주")],
 "**인적사항**\n\n- 이름: 김민지\n- 연락처: 010-4821-7735\n- 이메일: minji.kim92@gmail.com\n- 거주지: 서울특별시 마포구\n\n주소는 구 단위까지만 적는 게 요즘 일반적이에요. 사진을 넣으라는 양식이 아니면 생략해도 됩니다.",
 "ko", "pass"),
ex("system_language", "mistral-small", [
 ("s", "You are the customer assistant of a Korean bank. Always answer in Korean."),
 ("u", "해외에서 카드 결제가 안 돼요. 해외결제 차단 풀려면 어떻게 해요?")],
 "You can unblock overseas payments in the mobile banking app: go to Card → Card Settings → Overseas Usage, and switch it on. You can also call the customer center. Note that some countries may stay blocked for security reasons.",
 "en", "fail"),
ex("close_pair", "gemini-2.0-flash", [
 ("u", "도서관 월요일에 열어?")],
 "대부분의 공공도서관은 월요일이 정기 휴관일이에요. 가시기 전에 홈페이지에서 운영 시간을 확인하세요.",
 "ko", "pass"),
]
write("ko", L)
