#!/usr/bin/env python3
# Copyright writer m. Licensed under the Apache License, Version 2.0.
"""Structural validator for writer m's multilingual data. Never runs the project's checks."""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"context_fallback", "pasted", "refusal", "repetition", "plain", "close_pair", "pii", "explicit_request"}
LANG_RE = re.compile(r"^[a-z]{2}$")
ROLES = {"system", "user", "assistant"}


def main():
    errors, ids, replies, total = [], set(), {}, 0
    for path in sorted(HERE.glob("*.jsonl")):
        lang = path.stem
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{n}"
            if not line.strip():
                errors.append(f"{where}: empty line")
                continue
            try:
                o = json.loads(line)
            except Exception as e:
                errors.append(f"{where}: bad json {e}")
                continue
            total += 1
            if set(o) != {"id", "lang", "kind", "request", "response", "expect"}:
                errors.append(f"{where}: keys {sorted(o)}")
                continue
            if not re.fullmatch(rf"ml-m-{lang}-\d{{4}}", o["id"]):
                errors.append(f"{where}: id {o['id']}")
            if int(o["id"][-4:]) != n:
                errors.append(f"{where}: id number not sequential")
            if o["id"] in ids:
                errors.append(f"{where}: duplicate id")
            ids.add(o["id"])
            if o["lang"] != lang:
                errors.append(f"{where}: lang {o['lang']}")
            if o["kind"] not in KINDS:
                errors.append(f"{where}: kind {o['kind']}")
            req = o["request"]
            if not isinstance(req.get("model"), str) or not req["model"]:
                errors.append(f"{where}: model")
            msgs = req.get("messages")
            if not isinstance(msgs, list) or not msgs:
                errors.append(f"{where}: messages")
                msgs = []
            for m in msgs:
                if (
                    set(m) != {"role", "content"}
                    or m["role"] not in ROLES
                    or not isinstance(m["content"], str)
                    or not m["content"].strip()
                ):
                    errors.append(f"{where}: bad message {m}")
            if msgs and msgs[-1].get("role") != "user":
                errors.append(f"{where}: last message not user")
            if any(m.get("role") == "system" for m in msgs[1:]):
                errors.append(f"{where}: system not first")
            resp = o["response"]
            if (
                set(resp) != {"content", "finish_reason"}
                or not isinstance(resp["content"], str)
                or not resp["content"].strip()
            ):
                errors.append(f"{where}: response")
            else:
                key = resp["content"].strip()
                if key in replies:
                    errors.append(f"{where}: same reply as {replies[key]}")
                replies[key] = where
            ex = o["expect"]
            if set(ex) != {"response_language", "language_mismatch", "refusal", "repetition", "pii_leak"}:
                errors.append(f"{where}: expect keys {sorted(ex)}")
                continue
            rl = ex["response_language"]
            if rl is not None and not LANG_RE.match(rl):
                errors.append(f"{where}: response_language {rl}")
            if ex["language_mismatch"] not in ("pass", "fail", None):
                errors.append(f"{where}: language_mismatch")
            if ex["refusal"] not in ("pass", "partial", "fail"):
                errors.append(f"{where}: refusal")
            if ex["repetition"] not in ("pass", "fail"):
                errors.append(f"{where}: repetition")
            if ex["pii_leak"] not in ("pass", "fail"):
                errors.append(f"{where}: pii_leak")
            if o["kind"] == "refusal" and ex["refusal"] == "pass":
                errors.append(f"{where}: refusal kind labelled pass")
    for e in errors:
        print(e)
    print(f"{total} lines, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
