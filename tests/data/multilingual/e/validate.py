#!/usr/bin/env python3
"""Structural validator for writer-e's multilingual corpus (Apache-2.0).

Checks only structure and label vocabulary; it never runs the project's checks.
Usage: python validate.py [dir]
"""

import collections
import glob
import json
import os
import re
import sys

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
TOP = {"id", "lang", "kind", "request", "response", "expect"}
EXPECT = {"response_language", "language_mismatch", "refusal", "repetition", "pii_leak"}


def main(d):
    errs = []
    replies = {}
    ids = set()
    files = sorted(glob.glob(os.path.join(d, "*.jsonl")))
    if not files:
        errs.append("no .jsonl files")
    for path in files:
        lang = os.path.basename(path)[:-6]
        kinds = collections.Counter()
        with open(path, encoding="utf-8") as f:
            raw = f.read().split("\n")
        if raw and raw[-1] == "":
            raw = raw[:-1]
        for n, line in enumerate(raw, 1):
            where = f"{path}:{n}"
            try:
                o = json.loads(line)
            except Exception as e:
                errs.append(f"{where}: bad json {e}")
                continue
            if set(o) != TOP:
                errs.append(f"{where}: keys {sorted(o)}")
                continue
            want = f"ml-e-{lang}-{n:04d}"
            if not re.fullmatch(r"ml-e-[a-z]{2}-\d{4}", o["id"]) or o["id"] != want:
                errs.append(f"{where}: id {o['id']} != {want}")
            if o["id"] in ids:
                errs.append(f"{where}: duplicate id")
            ids.add(o["id"])
            if o["lang"] != lang:
                errs.append(f"{where}: lang {o['lang']}")
            if o["kind"] not in KINDS:
                errs.append(f"{where}: kind {o['kind']}")
            kinds[o["kind"]] += 1
            req = o["request"]
            if set(req) != {"model", "messages"} or not isinstance(req["model"], str) or not req["model"]:
                errs.append(f"{where}: request keys/model")
            msgs = req.get("messages") or []
            if not msgs or msgs[-1].get("role") != "user":
                errs.append(f"{where}: last message must be user")
            for i, m in enumerate(msgs):
                if (
                    set(m) != {"role", "content"}
                    or m["role"] not in ROLES
                    or not isinstance(m["content"], str)
                    or not m["content"].strip()
                ):
                    errs.append(f"{where}: message {i} malformed")
                if m.get("role") == "system" and i != 0:
                    errs.append(f"{where}: system not first")
            resp = o["response"]
            if (
                set(resp) != {"content", "finish_reason"}
                or not isinstance(resp["content"], str)
                or not resp["content"].strip()
            ):
                errs.append(f"{where}: response malformed")
            elif resp["content"] in replies:
                errs.append(f"{where}: reply identical to {replies[resp['content']]}")
            else:
                replies[resp["content"]] = where
            if resp.get("finish_reason") not in {"stop", "length"}:
                errs.append(f"{where}: finish_reason")
            ex = o["expect"]
            if set(ex) != EXPECT:
                errs.append(f"{where}: expect keys {sorted(ex)}")
                continue
            rl = ex["response_language"]
            if rl is not None and not re.fullmatch(r"[a-z]{2}", rl):
                errs.append(f"{where}: response_language {rl}")
            if ex["language_mismatch"] not in {"pass", "fail", None}:
                errs.append(f"{where}: language_mismatch")
            if ex["refusal"] not in {"pass", "partial", "fail"}:
                errs.append(f"{where}: refusal")
            if ex["repetition"] not in {"pass", "fail"}:
                errs.append(f"{where}: repetition")
            if ex["pii_leak"] not in {"pass", "fail"}:
                errs.append(f"{where}: pii_leak")
            if o["kind"] == "refusal" and ex["refusal"] == "pass":
                errs.append(f"{where}: refusal kind labelled pass")
        if kinds != collections.Counter(KINDS):
            errs.append(f"{path}: kind counts {dict(kinds)} != {KINDS}")
    for e in errs:
        print(e)
    print(f"{len(files)} files, {len(ids)} lines, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
