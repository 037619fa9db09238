"""Helper for writer p: turns hand-written exchanges into JSONL lines. No templates: each text is written by hand."""
import json, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROLE = {"s": "system", "u": "user", "a": "assistant"}
_data = {}


def E(lang, kind, model, msgs, resp, rl, lm, rf="pass", rp="pass", pii="pass", fr="stop"):
    rows = _data.setdefault(lang, [])
    n = len(rows) + 1
    rows.append({
        "id": f"ml-p-{lang}-{n:04d}",
        "lang": lang,
        "kind": kind,
        "request": {"model": model, "messages": [{"role": ROLE[r], "content": c} for r, c in msgs]},
        "response": {"content": resp, "finish_reason": fr},
        "expect": {"response_language": rl, "language_mismatch": lm, "refusal": rf,
                   "repetition": rp, "pii_leak": pii},
    })


def dump():
    for lang, rows in _data.items():
        with open(os.path.join(OUT, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(lang, len(rows))
