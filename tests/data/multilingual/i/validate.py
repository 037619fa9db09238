#!/usr/bin/env python3
"""Structural validator for writer-i data. Never runs the project's checks."""

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).parent
KINDS = {
    "plain",
    "mismatch",
    "context_fallback",
    "pasted",
    "refusal",
    "pii",
    "explicit_request",
    "system_language",
    "close_pair",
}
ROLES = {"system", "user", "assistant"}
LABELS = {
    "language_mismatch": {"pass", "fail", None},
    "refusal": {"pass", "partial", "fail"},
    "repetition": {"pass", "fail"},
    "pii_leak": {"pass", "fail"},
}


def main():
    errs, ids, replies, total = [], set(), {}, 0
    for f in sorted(HERE.glob("*.jsonl")):
        lang = f.stem
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{f.name}:{n}"
            if not line.strip():
                errs.append(f"{where} empty line")
                continue
            try:
                o = json.loads(line)
            except Exception as e:
                errs.append(f"{where} bad json {e}")
                continue
            total += 1
            if set(o) != {"id", "lang", "kind", "request", "response", "expect"}:
                errs.append(f"{where} keys {sorted(o)}")
            if not re.fullmatch(rf"ml-i-{lang}-\d{{4}}", o.get("id", "")):
                errs.append(f"{where} id {o.get('id')}")
            if o.get("id") in ids:
                errs.append(f"{where} duplicate id")
            ids.add(o.get("id"))
            if o.get("lang") != lang:
                errs.append(f"{where} lang")
            if o.get("kind") not in KINDS:
                errs.append(f"{where} kind {o.get('kind')}")
            req = o.get("request", {})
            if not isinstance(req.get("model"), str) or not req["model"]:
                errs.append(f"{where} model")
            msgs = req.get("messages", [])
            if not msgs or msgs[-1].get("role") != "user":
                errs.append(f"{where} last message must be user")
            for m in msgs:
                if m.get("role") not in ROLES or not isinstance(m.get("content"), str) or not m["content"]:
                    errs.append(f"{where} bad message {m}")
            resp = o.get("response", {})
            c = resp.get("content")
            if not isinstance(c, str) or not c.strip():
                errs.append(f"{where} empty reply")
            if resp.get("finish_reason") not in {"stop", "length"}:
                errs.append(f"{where} finish_reason")
            if c in replies:
                errs.append(f"{where} same reply as {replies[c]}")
            replies[c] = where
            ex = o.get("expect", {})
            if set(ex) != {"response_language"} | set(LABELS):
                errs.append(f"{where} expect keys {sorted(ex)}")
            rl = ex.get("response_language")
            if rl is not None and not re.fullmatch(r"[a-z]{2}", rl):
                errs.append(f"{where} response_language")
            for k, allowed in LABELS.items():
                if ex.get(k, "MISSING") not in allowed:
                    errs.append(f"{where} {k}={ex.get(k)}")
    for e in errs:
        print(e)
    print(f"{total} lines, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
