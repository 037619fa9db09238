#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Structural validator for writer d's multilingual exchanges.

Checks only structure and label values; it never runs the project's checks.
Usage: python validate.py [file.jsonl ...]   (default: every *.jsonl next to this file)
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

KINDS = {
    "close_pair": 3,
    "context_fallback": 2,
    "pasted": 2,
    "explicit_request": 1,
    "system_language": 1,
    "mismatch": 1,
    "refusal": 1,
    "pii": 1,
}
ROLES = {"system", "user", "assistant"}
TOP_KEYS = {"id", "lang", "kind", "request", "response", "expect"}
EXPECT = {
    "response_language": None,  # checked separately
    "language_mismatch": {"pass", "fail", None},
    "refusal": {"pass", "partial", "fail"},
    "repetition": {"pass", "fail"},
    "pii_leak": {"pass", "fail"},
}


def check_file(path, seen_ids, seen_replies, errors):
    lang = path.stem
    id_re = re.compile(rf"^ml-d-{re.escape(lang)}-(\d{{4}})$")
    kinds = Counter()
    nums = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        if not line.strip():
            errors.append(f"{where}: empty line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: not JSON ({e})")
            continue
        if set(obj) != TOP_KEYS:
            errors.append(f"{where}: keys {sorted(obj)}")
            continue
        m = id_re.match(obj["id"])
        if not m:
            errors.append(f"{where}: id {obj['id']!r} does not match file")
        else:
            nums.append(int(m.group(1)))
        if obj["id"] in seen_ids:
            errors.append(f"{where}: duplicate id {obj['id']}")
        seen_ids.add(obj["id"])
        if obj["lang"] != lang:
            errors.append(f"{where}: lang {obj['lang']!r} != file {lang!r}")
        if obj["kind"] not in KINDS:
            errors.append(f"{where}: unknown kind {obj['kind']!r}")
        kinds[obj["kind"]] += 1
        req = obj["request"]
        if not isinstance(req, dict) or set(req) != {"model", "messages"}:
            errors.append(f"{where}: request keys")
        else:
            if not isinstance(req["model"], str) or not req["model"]:
                errors.append(f"{where}: model")
            msgs = req["messages"]
            if not msgs or not isinstance(msgs, list):
                errors.append(f"{where}: no messages")
            else:
                for i, msg in enumerate(msgs):
                    if (
                        set(msg) != {"role", "content"}
                        or msg["role"] not in ROLES
                        or not isinstance(msg["content"], str)
                        or not msg["content"].strip()
                    ):
                        errors.append(f"{where}: message {i} malformed")
                    if msg.get("role") == "system" and i != 0:
                        errors.append(f"{where}: system message not first")
                if msgs[-1].get("role") != "user":
                    errors.append(f"{where}: last message is not from the user")
        resp = obj["response"]
        if (
            not isinstance(resp, dict)
            or set(resp) != {"content", "finish_reason"}
            or not isinstance(resp.get("content"), str)
            or not resp["content"].strip()
        ):
            errors.append(f"{where}: response malformed")
        else:
            key = resp["content"].strip()
            if key in seen_replies:
                errors.append(f"{where}: reply identical to {seen_replies[key]}")
            seen_replies.setdefault(key, obj["id"])
        exp = obj["expect"]
        if not isinstance(exp, dict) or set(exp) != set(EXPECT):
            errors.append(f"{where}: expect keys {sorted(exp) if isinstance(exp, dict) else exp}")
            continue
        rl = exp["response_language"]
        if rl is not None and not (isinstance(rl, str) and re.fullmatch(r"[a-z]{2}", rl)):
            errors.append(f"{where}: response_language {rl!r}")
        for k, allowed in EXPECT.items():
            if allowed is not None and exp[k] not in allowed:
                errors.append(f"{where}: {k}={exp[k]!r}")
    if nums and sorted(nums) != list(range(1, len(nums) + 1)):
        errors.append(f"{path.name}: ids not numbered 0001..{len(nums):04d}")
    for k, n in KINDS.items():
        if kinds[k] != n:
            errors.append(f"{path.name}: kind {k} x{kinds[k]}, expected x{n}")
    return kinds


def main(argv):
    here = Path(__file__).resolve().parent
    files = [Path(a) for a in argv] or sorted(here.glob("*.jsonl"))
    errors, seen_ids, seen_replies = [], set(), {}
    for p in files:
        kinds = check_file(p, seen_ids, seen_replies, errors)
        print(f"{p.name}: {sum(kinds.values())} lines")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
