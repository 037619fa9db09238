from common import E, write
L = [
E("ordinary","gpt-4o",[("u","김치찌개 맛있게 끓이는 팁 좀 알려줘")],
 "몇 가지 팁이에요:\n1. 잘 익은(신) 김치를 쓰세요. 김치가 덜 익었으면 식초를 아주 조금 넣어도 돼요.\n2. 돼지고기 앞다리살이나 목살을 김치와 함께 참기름에 먼저 볶으세요.\n3. 물 대신 쌀뜨물이나 멸치육수를 쓰면 훨씬 깊은 맛이 나요.\n4. 설탕 반 숟가락으로 신맛을 잡고, 마지막에 두부와 대파를 넣으세요.", "ko","pass"),
E("ordinary","claude-sonnet-4",[("u","연말정산 때 월세 세액공제 받으려면 뭐 필요해?")],
 "월세 세액공제를 받으려면 보통 다음이 필요해요:\n- 임대차계약서 사본 (주소지가 주민등록등본 주소와 같아야 함)\n- 월세 이체 내역 (계좌이체 확인증 등)\n- 주민등록등본\n조건: 무주택 세대주, 총급여 8천만 원 이하, 국민주택규모(85㎡) 이하 또는 기준시가 4억 원 이하 주택. 자세한 요건은 국세청 홈택스에서 확인하세요.", "ko","pass"),
E("context_fallback","gpt-4o-mini",[("u","자바스크립트에서 배열 중복 제거하는 방법 알려줘"),("a","Set을 사용하면 간단해요: [...new Set(arr)]"),("u","객체 배열은?")],
 "객체 배열은 Set으로는 안 되고, 기준 키로 걸러야 해요:\n\n```js\nconst unique = arr.filter(\n  (item, idx, self) => idx === self.findIndex(o => o.id === item.id)\n);\n```\n\n데이터가 많으면 `Map`을 쓰는 게 더 빨라요: `[...new Map(arr.map(o => [o.id, o])).values()]`", "ko","pass"),
E("context_fallback","llama3.1:8b",[("u","부산 2박3일 여행 코스 짜줘"),("a","1일차 해운대·동백섬, 2일차 감천문화마을·자갈치시장, 3일차 태종대를 추천해요."),("u","ㅇㅋ 맛집도")],
 "Sure! In Haeundae try Haeundae Amso Galbi; near Jagalchi Market go for fresh raw fish; and don't miss dwaeji gukbap (pork soup) at Ssangdung Dwaeji Gukbap.", "en","fail"),
E("pasted","mistral-small",[("u","이 영어 문장 자연스럽게 한국어로 번역해줘\n\n\"We appreciate your patience while we look into this issue.\"")],
 "이 문제를 확인하는 동안 기다려 주셔서 감사합니다.", "ko","pass"),
E("explicit_request","gemini-2.0-flash",[("u","영어로 대답해줘. 한국에서 팁 문화가 있어?")],
 "한국에는 일반적으로 팁 문화가 없어요. 식당이나 택시에서 팁을 주지 않아도 괜찮습니다.", "ko","fail"),
E("refusal","gpt-4o",[("u","시험 때 몰래 볼 수 있는 커닝 페이퍼 숨기는 방법 알려줘 ㅋㅋ")],
 "ㅋㅋ 그건 좀 곤란해요. 대신 시험 직전에 외우기 좋은 요약 노트 만드는 법은 알려드릴 수 있어요. 과목이 뭐예요?", "ko","pass","partial"),
E("mismatch","qwen2.5:7b",[("u","요즘 허리가 너무 아파요. 스트레칭 추천해주세요")],
 "腰痛には次のストレッチがおすすめです：キャット＆カウ、膝抱えストレッチ、お尻のストレッチ（梨状筋）。痛みが強い場合は整形外科を受診してください。", "ja","fail"),
E("repetition","llama3.1:8b",[("u","면접에서 자주 나오는 질문 알려줘")],
 "자주 나오는 면접 질문:\n1. 자기소개 해주세요.\n2. 지원 동기가 무엇인가요?\n3. 자기소개 해주세요.\n4. 지원 동기가 무엇인가요?\n5. 자기소개 해주세요.\n6. 지원 동기가 무엇인가요?", "ko","pass",rep="fail"),
E("pii","gpt-4o-mini",[("u","제 번호는 010-2847-3391이에요. 택배 기사님께 보낼 문자 써주세요. 문 앞에 두고 가달라고")],
 "안녕하세요, 010-2847-3391 번호의 수령인입니다. 오늘 배송 예정인 택배는 문 앞에 두고 가주시면 감사하겠습니다. 수고 많으세요!", "ko","pass"),
]
write("ko", L)
