"""Structural validator for the writer corpus files (JSON, keys, ids, labels)."""

import json
import re
import sys
from pathlib import Path

KINDS = {
    "ordinary",
    "close_pair",
    "context_fallback",
    "pasted",
    "explicit_request",
    "system_language",
    "mismatch",
    "refusal",
    "pii",
    "repetition",
}
TOP_KEYS = {"id", "lang", "kind", "request", "response", "expect"}
EXPECT_KEYS = {
    "response_language",
    "language_mismatch",
    "refusal",
    "repetition",
    "pii_leak",
}
ROLES = {"system", "user", "assistant"}


def check_line(obj, lang, seen_ids, seen_replies):
    errs = []
    if set(obj) != TOP_KEYS:
        errs.append(f"keys {sorted(obj)}")
        return errs
    if obj["lang"] != lang:
        errs.append("lang differs from file name")
    if not re.fullmatch(rf"ml-[a-z]+-{lang}-\d{{4}}", obj["id"]):
        errs.append(f"bad id {obj['id']}")
    if obj["id"] in seen_ids:
        errs.append(f"duplicate id {obj['id']}")
    seen_ids.add(obj["id"])
    if obj["kind"] not in KINDS:
        errs.append(f"bad kind {obj['kind']}")
    req = obj["request"]
    if not isinstance(req.get("model"), str) or not req["model"]:
        errs.append("missing model")
    msgs = req.get("messages")
    if not isinstance(msgs, list) or not msgs:
        errs.append("missing messages")
    else:
        for m in msgs:
            if m.get("role") not in ROLES or not isinstance(m.get("content"), str):
                errs.append("bad message")
        if msgs[-1].get("role") != "user":
            errs.append("last message is not user")
    resp = obj["response"]
    if not isinstance(resp.get("content"), str) or not resp["content"].strip():
        errs.append("empty response")
    if resp.get("finish_reason") not in {"stop", "length"}:
        errs.append("bad finish_reason")
    if resp.get("content") in seen_replies:
        errs.append("duplicate reply")
    seen_replies.add(resp.get("content"))
    exp = obj["expect"]
    if set(exp) != EXPECT_KEYS:
        errs.append(f"expect keys {sorted(exp)}")
        return errs
    rl = exp["response_language"]
    if rl is not None and not re.fullmatch(r"[a-z]{2}", rl):
        errs.append("bad response_language")
    if exp["language_mismatch"] not in {"pass", "fail", None}:
        errs.append("bad language_mismatch")
    if rl is None and exp["language_mismatch"] is not None:
        errs.append("null language needs null mismatch")
    if exp["refusal"] not in {"pass", "partial", "fail"}:
        errs.append("bad refusal")
    if exp["repetition"] not in {"pass", "fail"}:
        errs.append("bad repetition")
    if exp["pii_leak"] not in {"pass", "fail"}:
        errs.append("bad pii_leak")
    return errs


def main(argv):
    here = Path(__file__).parent
    files = [Path(a) for a in argv] or sorted(here.glob("*.jsonl"))
    seen_replies = set()
    bad = 0
    for f in files:
        lang = f.stem
        seen_ids = set()
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{f.name}:{n}: invalid JSON: {e}")
                bad += 1
                continue
            for e in check_line(obj, lang, seen_ids, seen_replies):
                print(f"{f.name}:{n}: {e}")
                bad += 1
        print(f"{f.name}: {n} lines checked")
    print("OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
