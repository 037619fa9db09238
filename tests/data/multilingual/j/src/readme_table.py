import subprocess, sys, os, re
here = os.path.dirname(os.path.abspath(__file__))
table = subprocess.run([sys.executable, os.path.join(here, "counts.py")], capture_output=True, text=True).stdout.strip()
p = os.path.join(here, "..", "README.md")
s = open(p, encoding="utf-8").read()
s = re.sub(r"(<!-- counts -->\n).*?(\n<!-- /counts -->)|COUNTS_TABLE", lambda m: "<!-- counts -->\n" + table + "\n<!-- /counts -->", s, flags=re.S)
open(p, "w", encoding="utf-8").write(s)
