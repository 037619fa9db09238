#!/usr/bin/env python3
"""Structural validator for writer j's multilingual data. Never runs the project's checks."""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
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
    "repetition",
}
ROLES = {"system", "user", "assistant"}
LABELS = {
    "language_mismatch": {"pass", "fail", None},
    "refusal": {"pass", "partial", "fail"},
    "repetition": {"pass", "fail"},
    "pii_leak": {"pass", "fail"},
}


def main():
    errors, ids, replies, total = [], set(), {}, 0
    files = sorted(HERE.glob("*.jsonl"))
    for f in files:
        lang = f.stem
        pat = re.compile(rf"^ml-j-{re.escape(lang)}-(\d{{4}})$")
        nums = []
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{f.name}:{n}"
            if not line.strip():
                errors.append(f"{where}: empty line")
                continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON {e}")
                continue
            total += 1
            if set(o) != {"id", "lang", "kind", "request", "response", "expect"}:
                errors.append(f"{where}: keys {sorted(o)}")
            m = pat.match(str(o.get("id", "")))
            if not m:
                errors.append(f"{where}: id {o.get('id')!r}")
            else:
                nums.append(int(m.group(1)))
            if o.get("id") in ids:
                errors.append(f"{where}: duplicate id")
            ids.add(o.get("id"))
            if o.get("lang") != lang:
                errors.append(f"{where}: lang {o.get('lang')!r}")
            if o.get("kind") not in KINDS:
                errors.append(f"{where}: kind {o.get('kind')!r}")
            req = o.get("request", {})
            if not isinstance(req.get("model"), str) or not req["model"]:
                errors.append(f"{where}: model")
            msgs = req.get("messages")
            if not isinstance(msgs, list) or not msgs:
                errors.append(f"{where}: messages")
                msgs = []
            for i, msg in enumerate(msgs):
                if (
                    set(msg) != {"role", "content"}
                    or msg["role"] not in ROLES
                    or not isinstance(msg["content"], str)
                    or not msg["content"].strip()
                ):
                    errors.append(f"{where}: message {i}")
                if msg.get("role") == "system" and i != 0:
                    errors.append(f"{where}: system not first")
            if msgs and msgs[-1].get("role") != "user":
                errors.append(f"{where}: last message not user")
            resp = o.get("response", {})
            c = resp.get("content")
            if not isinstance(c, str) or not c.strip() or not resp.get("finish_reason"):
                errors.append(f"{where}: response")
            elif c in replies:
                errors.append(f"{where}: same reply as {replies[c]}")
            else:
                replies[c] = where
            exp = o.get("expect", {})
            if set(exp) != {"response_language", *LABELS}:
                errors.append(f"{where}: expect keys {sorted(exp)}")
            rl = exp.get("response_language")
            if rl is not None and not re.fullmatch(r"[a-z]{2}", str(rl)):
                errors.append(f"{where}: response_language {rl!r}")
            for k, ok in LABELS.items():
                if k in exp and exp[k] not in ok:
                    errors.append(f"{where}: {k}={exp[k]!r}")
        if nums != list(range(1, len(nums) + 1)):
            errors.append(f"{f.name}: ids not 0001.. in order")
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {total} lines, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
