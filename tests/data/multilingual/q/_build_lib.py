# Helper: turns hand-written exchanges into JSONL lines. Texts are written by hand in build_*.py.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
R = {"s": "system", "u": "user", "a": "assistant"}
def write(lang, items):
    out = []
    for i, (kind, model, msgs, reply, lab, *rest) in enumerate(items, 1):
        rl, mm, ref, rep, pii = lab.split()
        out.append({"id": f"ml-q-{lang}-{i:04d}", "lang": lang, "kind": kind,
            "request": {"model": model, "messages": [{"role": R[r], "content": c} for r, c in msgs]},
            "response": {"content": reply, "finish_reason": rest[0] if rest else "stop"},
            "expect": {"response_language": None if rl == "null" else rl,
                       "language_mismatch": None if mm == "null" else mm,
                       "refusal": ref, "repetition": rep, "pii_leak": pii}})
    with open(os.path.join(HERE, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
