#!/usr/bin/env python3
"""Structural validator for writer o's multilingual exchanges (never runs the project's checks)."""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {
    "close_pair",
    "context_fallback",
    "pasted",
    "explicit_request",
    "system_language",
    "mismatch",
    "refusal",
    "pii",
}
LABELS = {
    "language_mismatch": {"pass", "fail", "null", None},
    "refusal": {"pass", "partial", "fail"},
    "repetition": {"pass", "fail"},
    "pii_leak": {"pass", "fail"},
}
ROLES = {"system", "user", "assistant"}


def main():
    errors, ids, replies, total = [], set(), {}, 0
    for path in sorted(HERE.glob("*.jsonl")):
        lang = path.stem
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{n}"
            total += 1
            try:
                d = json.loads(line)
            except Exception as e:
                errors.append(f"{where}: bad JSON ({e})")
                continue
            if set(d) != {"id", "lang", "kind", "request", "response", "expect"}:
                errors.append(f"{where}: keys {sorted(d)}")
                continue
            if not re.fullmatch(rf"ml-o-{re.escape(lang)}-\d{{4}}", d["id"]):
                errors.append(f"{where}: id {d['id']}")
            if d["id"] in ids:
                errors.append(f"{where}: duplicate id {d['id']}")
            ids.add(d["id"])
            if d["lang"] != lang:
                errors.append(f"{where}: lang {d['lang']}")
            if d["kind"] not in KINDS:
                errors.append(f"{where}: kind {d['kind']}")
            req = d["request"]
            if not isinstance(req.get("model"), str) or not req["model"]:
                errors.append(f"{where}: model")
            msgs = req.get("messages") or []
            if not msgs or msgs[-1].get("role") != "user":
                errors.append(f"{where}: last message must be user")
            for i, m in enumerate(msgs):
                if m.get("role") not in ROLES or not isinstance(m.get("content"), str) or not m["content"].strip():
                    errors.append(f"{where}: message {i}")
                if m.get("role") == "system" and i != 0:
                    errors.append(f"{where}: system message not first")
            resp = d["response"]
            c = resp.get("content")
            if not isinstance(c, str) or not c.strip():
                errors.append(f"{where}: empty response")
            if resp.get("finish_reason") not in {"stop", "length"}:
                errors.append(f"{where}: finish_reason")
            if c in replies:
                errors.append(f"{where}: same reply as {replies[c]}")
            replies[c] = where
            ex = d["expect"]
            if set(ex) != {"response_language", *LABELS}:
                errors.append(f"{where}: expect keys {sorted(ex)}")
            rl = ex.get("response_language")
            if rl is not None and not re.fullmatch(r"[a-z]{2}", rl):
                errors.append(f"{where}: response_language {rl}")
            for k, vals in LABELS.items():
                if ex.get(k, "missing") not in vals:
                    errors.append(f"{where}: {k}={ex.get(k)}")
    for e in errors:
        print(e)
    print(f"{total} lines, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
