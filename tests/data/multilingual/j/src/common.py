"""Tiny helper: dumps hand-written exchanges to <lang>.jsonl (no templates)."""
import json, os

R = {"s": "system", "u": "user", "a": "assistant"}
HERE = os.path.dirname(os.path.abspath(__file__))


def ex(kind, model, msgs, reply, rl, lm, ref="pass", rep="pass", pii="pass", finish="stop"):
    return {"kind": kind,
            "request": {"model": model, "messages": [{"role": R[r], "content": c} for r, c in msgs]},
            "response": {"content": reply, "finish_reason": finish},
            "expect": {"response_language": rl, "language_mismatch": lm, "refusal": ref,
                       "repetition": rep, "pii_leak": pii}}


def write(lang, items):
    path = os.path.join(HERE, "..", f"{lang}.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            obj = {"id": f"ml-j-{lang}-{i:04d}", "lang": lang, **it}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(lang, len(items))
