#!/usr/bin/env python3
"""Structural validator for writer q's multilingual data. Never runs the project's checks."""

import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
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
LANGS = set("en de fr es it pt nl pl cs sk hr sr sl ro hu sv no da fi id ms tl vi tr sw ca".split())
ROLES = {"system", "user", "assistant"}
errs, ids, replies, n = [], set(), {}, 0


def err(where, msg):
    errs.append(f"{where}: {msg}")


for path in sorted(glob.glob(os.path.join(HERE, "*.jsonl"))):
    lang = os.path.basename(path)[:-6]
    if lang not in LANGS:
        err(path, "unknown language file")
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        w = f"{os.path.basename(path)}:{ln}"
        try:
            o = json.loads(line)
        except Exception as e:
            err(w, f"bad json {e}")
            continue
        n += 1
        if set(o) != {"id", "lang", "kind", "request", "response", "expect"}:
            err(w, f"keys {sorted(o)}")
        if not re.fullmatch(rf"ml-q-{lang}-\d{{4}}", o.get("id", "")):
            err(w, "id pattern")
        if o.get("id") in ids:
            err(w, "duplicate id")
        ids.add(o.get("id"))
        if o.get("lang") != lang:
            err(w, "lang != file")
        if o.get("kind") not in KINDS:
            err(w, f"kind {o.get('kind')}")
        rq = o.get("request", {})
        if not isinstance(rq.get("model"), str) or not rq["model"]:
            err(w, "model")
        msgs = rq.get("messages", [])
        if not msgs or msgs[-1].get("role") != "user":
            err(w, "last message must be user")
        for i, m in enumerate(msgs):
            if (
                set(m) != {"role", "content"}
                or m["role"] not in ROLES
                or not isinstance(m["content"], str)
                or not m["content"].strip()
            ):
                err(w, f"message {i}")
            if m.get("role") == "system" and i != 0:
                err(w, "system not first")
        rs = o.get("response", {})
        if set(rs) != {"content", "finish_reason"} or not rs.get("content", "").strip():
            err(w, "response")
        if rs.get("finish_reason") not in {"stop", "length"}:
            err(w, "finish_reason")
        c = rs.get("content", "")
        if c in replies:
            err(w, f"identical reply to {replies[c]}")
        replies[c] = o.get("id")
        e = o.get("expect", {})
        if set(e) != {"response_language", "language_mismatch", "refusal", "repetition", "pii_leak"}:
            err(w, "expect keys")
            continue
        rl = e["response_language"]
        if rl is not None and not re.fullmatch(r"[a-z]{2}", rl):
            err(w, "response_language")
        if e["language_mismatch"] not in {"pass", "fail", None}:
            err(w, "language_mismatch")
        if e["refusal"] not in {"pass", "partial", "fail"}:
            err(w, "refusal")
        if e["repetition"] not in {"pass", "fail"}:
            err(w, "repetition")
        if e["pii_leak"] not in {"pass", "fail"}:
            err(w, "pii_leak")
for x in errs:
    print(x)
print(f"{n} lines, {len(errs)} errors")
sys.exit(1 if errs else 0)
