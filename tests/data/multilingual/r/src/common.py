import json, os
OUT = os.path.join(os.path.dirname(__file__), '..')
def E(kind, model, msgs, reply, rl, lm, ref='pass', rep='pass', pii='pass', fr='stop'):
    m = []
    for role, c in msgs:
        m.append({"role": {"s": "system", "u": "user", "a": "assistant"}[role], "content": c})
    return {"kind": kind, "request": {"model": model, "messages": m},
            "response": {"content": reply, "finish_reason": fr},
            "expect": {"response_language": rl, "language_mismatch": lm, "refusal": ref,
                       "repetition": rep, "pii_leak": pii}}
def write(lang, items):
    with open(os.path.join(OUT, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            d = {"id": f"ml-r-{lang}-{i:04d}", "lang": lang}
            d.update(it)
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
