"""Reading under writes: 64 readers across every page type in both languages for 60 s while an
editor publishes a revision of the camp story every second. Prints one Markdown table.

    python bin/benchmarks/writes.py       (or bin/bench writes; BENCH_WRITES_SECONDS, default 60)

Readers: wrk with a small Lua script cycling through the pages. Editor: a separate process
(bin/benchmarks/_editor.py) publishing through Wagtail's API (save_revision().publish()) and
reading the page back through the same server after each publish.
"""

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import HERE, ROOT, BenchSite, log, machine, markdown_table, parse_wrk, wrk_command  # noqa: E402

SECONDS = int(os.environ.get("BENCH_WRITES_SECONDS") or 60)
READERS = 64

LUA = """
local paths = %s
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n %% #paths) + 1])
end
"""


def run():
    with BenchSite("writes") as site:
        taken_on = machine(site)
        entries = site.helper("_pages.py")
        paths = [quote(entry["path"], safe="/?=&%") for entry in entries]
        script = site.workdir / "readers.lua"
        script.write_text(LUA % ("{" + ", ".join(json.dumps(path) for path in paths) + "}"))
        site.start()
        try:
            for path in paths:
                site.warm(path)
            log(f"bench: {READERS} readers on {len(paths)} pages for {SECONDS} s, one publish a second")
            readers = subprocess.Popen(  # noqa: S603 (wrk, fixed arguments)
                wrk_command(site.base_url, READERS, SECONDS, script), stdout=subprocess.PIPE, text=True
            )
            editor = subprocess.run(  # noqa: S603 (our helper)
                [sys.executable, str(HERE / "_editor.py"), site.base_url, str(SECONDS)],
                cwd=ROOT,
                env=site.env,
                capture_output=True,
                text=True,
            )
            reads = parse_wrk(readers.communicate()[0])
        finally:
            site.stop()
        if editor.returncode != 0:
            raise RuntimeError(f"The editor failed:\n{editor.stderr}")
        edits = json.loads(editor.stdout.strip().splitlines()[-1])
    rows = [
        ["readers", f"{READERS} connections, {len(paths)} pages (every type, both languages, search)"],
        ["reads", f"{reads['requests']} ({reads['rps']:.0f}/s)"],
        ["read latency p50 / p99", f"{reads['p50']:.1f} ms / {reads['p99']:.1f} ms"],
        ["read errors (non-2xx/3xx, socket)", reads["errors"]],
        ["read timeouts (> 10 s)", reads["timeouts"]],
        ["publishes made", edits["made"]],
        ["publishes failed", edits["failed"]],
        ["publishes seen by the next read", f"{edits['seen']} of {edits['made']}"],
        ["revisions before → after", f"{edits['revisions_before']} → {edits['revisions_after']}"],
        ["revisions lost", edits["lost"]],
    ]
    print(f"{taken_on}; {SECONDS} s; the Procfile's gunicorn (WEB_CONCURRENCY workers).\n")
    print(markdown_table(["figure", "value"], rows))
    for error in edits["errors"]:
        log(f"bench: editor: {error}")


if __name__ == "__main__":
    run()
