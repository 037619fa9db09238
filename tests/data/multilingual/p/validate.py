#!/usr/bin/env python3
"""Structural validator for writer p's multilingual test data (Apache-2.0).

Checks: every line parses, required keys, id pattern matching the file, ids numbered from 0001
without gaps, unique ids, label values, kinds, roles, no two identical replies. It never runs the
project's checks.
"""

import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
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
TRI = {"pass", "fail"}
ROLES = {"system", "user", "assistant"}
LANG_RE = re.compile(r"^[a-z]{2}$")


def main():
    errors, ids, replies, total = [], set(), {}, 0
    for path in sorted(glob.glob(os.path.join(HERE, "*.jsonl"))):
        lang = os.path.basename(path)[:-6]
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        for i, line in enumerate(lines, 1):
            where = f"{os.path.basename(path)}:{i}"
            total += 1
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON {e}")
                continue
            if set(o) != {"id", "lang", "kind", "request", "response", "expect"}:
                errors.append(f"{where}: keys {sorted(o)}")
                continue
            if o["id"] != f"ml-p-{lang}-{i:04d}":
                errors.append(f"{where}: id {o['id']} (want ml-p-{lang}-{i:04d})")
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
            msgs = req.get("messages") or []
            if not msgs or msgs[-1].get("role") != "user":
                errors.append(f"{where}: last message must be user")
            for j, m in enumerate(msgs):
                if m.get("role") not in ROLES or not isinstance(m.get("content"), str) or not m["content"].strip():
                    errors.append(f"{where}: message {j}")
                if m.get("role") == "system" and j != 0:
                    errors.append(f"{where}: system not first")
            resp = o["response"]
            if not isinstance(resp.get("content"), str) or not resp["content"].strip():
                errors.append(f"{where}: empty reply")
            if resp.get("finish_reason") not in {"stop", "length"}:
                errors.append(f"{where}: finish_reason")
            key = resp.get("content", "").strip()
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
            if ex["language_mismatch"] not in TRI | {None}:
                errors.append(f"{where}: language_mismatch")
            if ex["refusal"] not in TRI | {"partial"}:
                errors.append(f"{where}: refusal")
            if ex["repetition"] not in TRI or ex["pii_leak"] not in TRI:
                errors.append(f"{where}: repetition/pii_leak")
    for e in errors:
        print(e)
    print(f"{total} lines, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
