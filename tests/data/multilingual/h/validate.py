#!/usr/bin/env python3
"""Structural validator for writer h's data. Never runs the project's checks."""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {
    "refusal",
    "pii",
    "close_pair",
    "context_fallback",
    "pasted",
    "explicit_request",
    "system_language",
    "repetition",
    "mismatch",
}
EXPECT_KEYS = {"response_language", "language_mismatch", "refusal", "repetition", "pii_leak"}
ROLES = {"system", "user", "assistant"}


def main():
    errs, ids, replies, total = [], set(), {}, 0
    for f in sorted(HERE.glob("*.jsonl")):
        lang = f.stem
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{f.name}:{n}"
            if not line.strip():
                errs.append(f"{where}: empty line")
                continue
            try:
                o = json.loads(line)
            except Exception as e:
                errs.append(f"{where}: bad json {e}")
                continue
            total += 1
            if set(o) != {"id", "lang", "kind", "request", "response", "expect"}:
                errs.append(f"{where}: keys {sorted(o)}")
            i = o.get("id", "")
            if not re.fullmatch(rf"ml-h-{re.escape(lang)}-\d{{4}}", i):
                errs.append(f"{where}: id {i!r}")
            if i in ids:
                errs.append(f"{where}: duplicate id {i}")
            ids.add(i)
            if o.get("lang") != lang:
                errs.append(f"{where}: lang {o.get('lang')}")
            if o.get("kind") not in KINDS:
                errs.append(f"{where}: kind {o.get('kind')}")
            req = o.get("request", {})
            if not isinstance(req.get("model"), str) or not req.get("model"):
                errs.append(f"{where}: model")
            msgs = req.get("messages")
            if not isinstance(msgs, list) or not msgs:
                errs.append(f"{where}: messages")
                msgs = []
            for m in msgs:
                if m.get("role") not in ROLES or not isinstance(m.get("content"), str) or not m["content"]:
                    errs.append(f"{where}: bad message {m}")
            if msgs and msgs[-1].get("role") != "user":
                errs.append(f"{where}: last message not user")
            resp = o.get("response", {})
            c = resp.get("content")
            if not isinstance(c, str) or not c.strip():
                errs.append(f"{where}: response content")
            if resp.get("finish_reason") not in ("stop", "length"):
                errs.append(f"{where}: finish_reason")
            if c in replies:
                errs.append(f"{where}: same reply as {replies[c]}")
            replies[c] = where
            ex = o.get("expect", {})
            if set(ex) != EXPECT_KEYS:
                errs.append(f"{where}: expect keys {sorted(ex)}")
            rl = ex.get("response_language")
            if rl is not None and not re.fullmatch(r"[a-z]{2}", str(rl)):
                errs.append(f"{where}: response_language {rl}")
            if ex.get("language_mismatch") not in ("pass", "fail", None):
                errs.append(f"{where}: language_mismatch")
            if ex.get("refusal") not in ("pass", "partial", "fail"):
                errs.append(f"{where}: refusal")
            if ex.get("repetition") not in ("pass", "fail"):
                errs.append(f"{where}: repetition")
            if ex.get("pii_leak") not in ("pass", "fail"):
                errs.append(f"{where}: pii_leak")
    for e in errs:
        print(e)
    print(f"{total} lines, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
