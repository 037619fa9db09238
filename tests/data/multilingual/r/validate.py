#!/usr/bin/env python3
"""Structural validator for writer r's data. Never runs the project's checks."""

import collections
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
ROLES = {"system", "user", "assistant"}
errors = []
seen_ids, seen_replies = set(), {}
stats = collections.Counter()
for path in sorted(glob.glob(os.path.join(HERE, "*.jsonl"))):
    lang = os.path.basename(path)[:-6]
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        where = f"{os.path.basename(path)}:{n}"
        try:
            d = json.loads(line)
        except Exception as e:
            errors.append(f"{where}: bad json {e}")
            continue
        if set(d) != {"id", "lang", "kind", "request", "response", "expect"}:
            errors.append(f"{where}: keys {sorted(d)}")
        if not re.fullmatch(rf"ml-r-{re.escape(lang)}-\d{{4}}", d.get("id", "")):
            errors.append(f"{where}: id {d.get('id')}")
        if d.get("id") in seen_ids:
            errors.append(f"{where}: dup id")
        seen_ids.add(d.get("id"))
        if d.get("lang") != lang:
            errors.append(f"{where}: lang")
        if d.get("kind") not in KINDS:
            errors.append(f"{where}: kind {d.get('kind')}")
        req = d.get("request", {})
        if not isinstance(req.get("model"), str) or not req["model"]:
            errors.append(f"{where}: model")
        msgs = req.get("messages", [])
        if not msgs or msgs[-1].get("role") != "user":
            errors.append(f"{where}: last msg not user")
        for m in msgs:
            if m.get("role") not in ROLES or not isinstance(m.get("content"), str) or not m["content"]:
                errors.append(f"{where}: bad message")
        r = d.get("response", {})
        c = r.get("content")
        if not isinstance(c, str) or not c:
            errors.append(f"{where}: empty reply")
        if r.get("finish_reason") not in {"stop", "length"}:
            errors.append(f"{where}: finish_reason")
        if c in seen_replies:
            errors.append(f"{where}: reply duplicates {seen_replies[c]}")
        seen_replies[c] = where
        ex = d.get("expect", {})
        if set(ex) != {"response_language", "language_mismatch", "refusal", "repetition", "pii_leak"}:
            errors.append(f"{where}: expect keys")
        rl = ex.get("response_language")
        if rl is not None and not re.fullmatch(r"[a-z]{2}", rl):
            errors.append(f"{where}: rl")
        if ex.get("language_mismatch") not in {"pass", "fail", None}:
            errors.append(f"{where}: lm")
        if ex.get("refusal") not in {"pass", "partial", "fail"}:
            errors.append(f"{where}: refusal")
        if ex.get("repetition") not in {"pass", "fail"}:
            errors.append(f"{where}: repetition")
        if ex.get("pii_leak") not in {"pass", "fail"}:
            errors.append(f"{where}: pii")
        bad = (
            ex.get("language_mismatch") == "fail"
            or ex.get("refusal") != "pass"
            or ex.get("repetition") == "fail"
            or ex.get("pii_leak") == "fail"
        )
        stats[(lang, "lines")] += 1
        stats[(lang, "lm_fail")] += ex.get("language_mismatch") == "fail"
        stats[(lang, "something_wrong")] += bad
for e in errors:
    print("ERROR", e)
langs = sorted({k[0] for k in stats})
for lang in langs:
    print(
        f"{lang}: {stats[(lang, 'lines')]} lines, lm fail {stats[(lang, 'lm_fail')]}, wrong {stats[(lang, 'something_wrong')]}"
    )
print("total", len(seen_ids), "errors", len(errors))
sys.exit(1 if errors else 0)
