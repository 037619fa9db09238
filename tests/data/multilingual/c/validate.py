#!/usr/bin/env python3
"""Structural validator for writer c's multilingual exchanges.

Checks only the shape of the data (it never runs the project's checks):
every line parses, required keys and value sets, id pattern matching the
file, unique ids, allowed kinds, message roles, and no two identical replies.
Usage: python validate.py [files...]   (default: every *.jsonl next to this file)
"""

import glob
import json
import os
import re
import sys
from collections import Counter

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
PER_KIND = {
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
EXPECT = {
    "language_mismatch": {"pass", "fail", None},
    "refusal": {"pass", "partial", "fail"},
    "repetition": {"pass", "fail"},
    "pii_leak": {"pass", "fail"},
}
LANG_RE = re.compile(r"^[a-z]{2}$")


def check_file(path, seen_ids, seen_replies):
    errors = []
    lang = os.path.basename(path)[: -len(".jsonl")]
    id_re = re.compile(rf"^ml-c-{re.escape(lang)}-(\d{{4}})$")
    kinds = Counter()
    numbers = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"{os.path.basename(path)}:{n}"
            if not line.strip():
                errors.append(where + ": empty line")
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                errors.append(f"{where}: bad JSON ({e})")
                continue
            if set(obj) != {"id", "lang", "kind", "request", "response", "expect"}:
                errors.append(f"{where}: top-level keys {sorted(obj)}")
                continue
            m = id_re.match(obj["id"])
            if not m:
                errors.append("{}: id {!r} does not match file".format(where, obj["id"]))
            else:
                numbers.append(int(m.group(1)))
            if obj["id"] in seen_ids:
                errors.append("{}: duplicate id {}".format(where, obj["id"]))
            seen_ids.add(obj["id"])
            if obj["lang"] != lang:
                errors.append("{}: lang {!r} != file {!r}".format(where, obj["lang"], lang))
            if obj["kind"] not in KINDS:
                errors.append("{}: unknown kind {!r}".format(where, obj["kind"]))
            kinds[obj["kind"]] += 1
            req = obj["request"]
            if not isinstance(req, dict) or set(req) != {"model", "messages"}:
                errors.append(where + ": request keys")
            else:
                if not isinstance(req["model"], str) or not req["model"]:
                    errors.append(where + ": model")
                msgs = req["messages"]
                if not isinstance(msgs, list) or not msgs:
                    errors.append(where + ": messages empty")
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
                        errors.append(where + ": last message is not from the user")
            resp = obj["response"]
            if (
                not isinstance(resp, dict)
                or set(resp) != {"content", "finish_reason"}
                or not isinstance(resp.get("content"), str)
                or not resp["content"].strip()
            ):
                errors.append(where + ": response malformed")
            else:
                key = resp["content"].strip()
                if key in seen_replies:
                    errors.append(f"{where}: reply identical to {seen_replies[key]}")
                seen_replies[key] = obj["id"]
            exp = obj["expect"]
            if set(exp) != set(EXPECT) | {"response_language"}:
                errors.append(f"{where}: expect keys {sorted(exp)}")
                continue
            rl = exp["response_language"]
            if rl is not None and not (isinstance(rl, str) and LANG_RE.match(rl)):
                errors.append(f"{where}: response_language {rl!r}")
            for k, allowed in EXPECT.items():
                if exp[k] not in allowed:
                    errors.append(f"{where}: {k}={exp[k]!r}")
            if obj["kind"] == "refusal" and exp["refusal"] == "pass":
                errors.append(where + ": refusal kind labelled pass")
    if numbers != list(range(1, len(numbers) + 1)):
        errors.append(f"{os.path.basename(path)}: ids not numbered 0001.. in order")
    for k, want in PER_KIND.items():
        if kinds[k] != want:
            errors.append(f"{os.path.basename(path)}: {kinds[k]} x {k} (want {want})")
    return errors, kinds


def main(argv):
    files = argv[1:] or sorted(glob.glob(os.path.join(HERE, "*.jsonl")))
    seen_ids, seen_replies = set(), {}
    all_errors = []
    for path in files:
        errors, kinds = check_file(path, seen_ids, seen_replies)
        all_errors += errors
        status = "OK" if not errors else f"{len(errors)} errors"
        print(f"{os.path.basename(path):<10} {sum(kinds.values()):3d} lines {status}")
    for e in all_errors:
        print("  " + e)
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
