#!/usr/bin/env python3
"""Structural validator for writer l's data. It never runs the project's checks."""

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
KINDS = {"context_fallback", "pasted", "refusal", "repetition", "plain", "close_pair", "pii", "explicit_request"}
ROLES = {"system", "user", "assistant"}
PF = {"pass", "fail"}


def check_file(path, seen_ids, seen_replies):
    errs = []
    lang = path.stem
    pat = re.compile(rf"^ml-l-{re.escape(lang)}-(\d{{4}})$")
    nums = []
    for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{ln}"
        try:
            o = json.loads(line)
        except Exception as ex:
            errs.append(f"{where}: bad json {ex}")
            continue
        if set(o) != {"id", "lang", "kind", "request", "response", "expect"}:
            errs.append(f"{where}: keys {sorted(o)}")
            continue
        m = pat.match(o["id"])
        if not m:
            errs.append(f"{where}: id {o['id']}")
        else:
            nums.append(int(m.group(1)))
        if o["id"] in seen_ids:
            errs.append(f"{where}: duplicate id {o['id']}")
        seen_ids.add(o["id"])
        if o["lang"] != lang:
            errs.append(f"{where}: lang {o['lang']} != {lang}")
        if o["kind"] not in KINDS:
            errs.append(f"{where}: kind {o['kind']}")
        rq = o["request"]
        if not isinstance(rq.get("model"), str) or not rq["model"]:
            errs.append(f"{where}: model")
        msgs = rq.get("messages")
        if not isinstance(msgs, list) or not msgs:
            errs.append(f"{where}: messages")
        else:
            for i, m_ in enumerate(msgs):
                if (
                    set(m_) != {"role", "content"}
                    or m_["role"] not in ROLES
                    or not isinstance(m_["content"], str)
                    or not m_["content"].strip()
                ):
                    errs.append(f"{where}: message {i}")
                if m_.get("role") == "system" and i != 0:
                    errs.append(f"{where}: system not first")
            if msgs[-1].get("role") != "user":
                errs.append(f"{where}: last message not user")
        rs = o["response"]
        if set(rs) != {"content", "finish_reason"} or not isinstance(rs["content"], str) or not rs["content"].strip():
            errs.append(f"{where}: response")
        else:
            key = rs["content"].strip()
            if key in seen_replies:
                errs.append(f"{where}: reply identical to {seen_replies[key]}")
            seen_replies[key] = o["id"]
        ex = o["expect"]
        if set(ex) != {"response_language", "language_mismatch", "refusal", "repetition", "pii_leak"}:
            errs.append(f"{where}: expect keys {sorted(ex)}")
            continue
        rl = ex["response_language"]
        if rl is not None and not (isinstance(rl, str) and re.fullmatch(r"[a-z]{2}", rl)):
            errs.append(f"{where}: response_language {rl}")
        if ex["language_mismatch"] not in ("pass", "fail", None):
            errs.append(f"{where}: language_mismatch")
        if ex["refusal"] not in ("pass", "partial", "fail"):
            errs.append(f"{where}: refusal")
        if ex["repetition"] not in PF or ex["pii_leak"] not in PF:
            errs.append(f"{where}: repetition/pii_leak")
    if nums != list(range(1, len(nums) + 1)):
        errs.append(f"{path.name}: ids not consecutive from 0001")
    return errs


def main():
    files = sorted(HERE.glob("*.jsonl"))
    seen_ids, seen_replies, errs = set(), {}, []
    for p in files:
        errs += check_file(p, seen_ids, seen_replies)
    for e in errs:
        print(e)
    print(f"{len(files)} files, {len(seen_ids)} lines, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
