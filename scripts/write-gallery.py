#!/usr/bin/env python3
"""Writes docs/gallery.md: one section per built-in sample with its screenshot (docs/images/samples/<id>.png, from
scripts/capture-sample-screenshots.sh) and its findings by severity and kind, from `threatmesh analyze --format json`.
Run from the repository root after building the CLI jar. Output is deterministic for the same samples and rules."""
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

root = Path(__file__).resolve().parent.parent
catalog = (root / "sample-models/src/main/java/org/threatmesh/samples/SampleCatalog.java").read_text()
samples = re.findall(r'new Sample\("([^"]+)",\s*"([^"]+)",\s*"([^"]+)"\)', catalog)
severities = ["critical", "high", "medium", "low"]
kinds = [("violation", "violations"), ("needs_review", "need review"), ("needs_attestation", "need attestation")]

out = ["# Sample gallery", "",
       "Every built-in sample open in the editor (`threatmesh-app --sample <id>`, or File > Open Sample…), with what",
       "the built-in rules find in it (`threatmesh analyze <file> --format json`). Screenshots are taken under Xvfb by",
       "`scripts/capture-sample-screenshots.sh`; this page is written by `scripts/write-gallery.py`.", "",
       "| Sample | Findings | Open | Critical | High | Medium | Low | Violations | Need review | Need attestation |",
       "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
sections = []
for sample_id, title, summary in samples:
    model = root / "sample-models/src/main/resources/org/threatmesh/samples" / (sample_id + ".threatmesh.json")
    run = subprocess.run(["java", "-jar", str(root / "cli/target/threatmesh.jar"), "analyze", str(model),
                          "--format", "json"], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"analyze {model} failed: {run.stderr.strip()}")
    report = json.loads(run.stdout)
    by_severity = Counter(f["severity"] for f in report["findings"])
    by_kind = Counter(f["kind"] for f in report["findings"])
    total = len(report["findings"])
    out.append(f"| [{title}](#{sample_id}) | {total} | {report['summary']['open']} | " + " | ".join(str(by_severity[s]) for s in severities)
               + " | " + " | ".join(str(by_kind[k]) for k, _ in kinds) + " |")
    counts = ", ".join(f"{by_severity[s]} {s}" for s in severities)
    kind_text = ", ".join(f"{by_kind[k]} {label}" for k, label in kinds)
    top = [f for f in report["findings"] if f["kind"] == "violation"][:3]
    lines = [f'<a id="{sample_id}"></a>', f"## {title}", "", summary + ".", "",
             f"![{title} open in the ThreatMesh editor](images/samples/{sample_id}.png)", "",
             f"`{sample_id}`: **{total} findings**, {report['summary']['open']} open ({counts}; {kind_text}).", ""]
    if top:
        lines.append("Most severe violations:")
        lines.append("")
        for f in top:
            lines.append(f"- **{f['severity']}** `{f['ruleId']}` on {f['elementName']}: {f['message']}")
        lines.append("")
    sections.append("\n".join(lines))
out.append("")
(root / "docs/gallery.md").write_text("\n".join(out) + "\n" + "\n".join(sections))
print("wrote docs/gallery.md for", len(samples), "samples")
