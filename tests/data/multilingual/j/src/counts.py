import json, collections, glob, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
kinds = ["plain","mismatch","context_fallback","pasted","refusal","pii","explicit_request","system_language","close_pair"]
print("| lang | " + " | ".join(kinds) + " | total | mismatch fail |")
print("|---|" + "---|" * (len(kinds) + 2))
for f in sorted(glob.glob("*.jsonl")):
    rows = [json.loads(l) for l in open(f, encoding="utf-8")]
    c = collections.Counter(r["kind"] for r in rows)
    fails = sum(r["expect"]["language_mismatch"] == "fail" for r in rows)
    print(f"| {f[:-6]} | " + " | ".join(str(c[k]) for k in kinds) + f" | {len(rows)} | {fails} |")
