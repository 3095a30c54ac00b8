"""Benchmark of a build, run by hand (figures go into notes, never into test asserts).

    ./tasks bench            # or: python bench/bench.py [--articles 100]

Measures, each scenario in a fresh subprocess so peak memory is its own:
  sample   the 11 July sample issue, whole build (corpus → PDF + DOCX), wall time and peak RSS
  synth    a synthetic issue of N articles made from the sample corpus, same
  bare     WeasyPrint alone rendering the synthetic issue's HTML (what our overhead is measured against)
  parts    the synthetic build step by step: gather, fonts + glyph check + template, WeasyPrint, DOCX
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

SCENARIO = textwrap.dedent('''
    import datetime as dt, json, resource, sys, time
    from pathlib import Path
    started = time.perf_counter()
    from bulletin.build import BuildOptions, build, plan_issue
    from bulletin.config import load_project
    from bulletin.editions import RenderContext
    mode, folder, day = sys.argv[1], Path(sys.argv[2]), dt.date.fromisoformat(sys.argv[3])
    project = load_project(folder)
    figures = {}
    if mode == "build":
        t0 = time.perf_counter()
        plan = plan_issue(project, BuildOptions(issue_date=day))
        figures["gather_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        result = build(project, BuildOptions(issue_date=day))
        figures["build_s"] = time.perf_counter() - t0
        figures["items"] = len(result.plan.issue.items)
        figures["sizes"] = {p.suffix: p.stat().st_size for p in result.outputs}
    elif mode == "parts":
        from bulletin.editions import pdf as P
        from bulletin.glyphs import plan_glyphs
        from bulletin.editions.docx import render_docx
        from weasyprint import HTML
        t0 = time.perf_counter()
        issue = plan_issue(project, BuildOptions(issue_date=day)).issue
        t1 = time.perf_counter()
        body = P.first_installed(issue.typography.body_fonts, "body")
        head = P.first_installed(issue.typography.heading_fonts, "heading")
        plan_glyphs(P.issue_text(issue), body + head)
        html = P.render_html(issue, RenderContext(), body, head)
        t2 = time.perf_counter()
        HTML(string=html).write_pdf()
        t3 = time.perf_counter()
        render_docx(issue, RenderContext())
        t4 = time.perf_counter()
        figures.update(gather_s=t1 - t0, pdf_prepare_s=t2 - t1, weasyprint_s=t3 - t2, docx_s=t4 - t3)
    else:
        from bulletin.editions.pdf import render_html, first_installed
        from weasyprint import HTML
        plan = plan_issue(project, BuildOptions(issue_date=day))
        fonts = first_installed(plan.issue.typography.body_fonts, "body")
        heads = first_installed(plan.issue.typography.heading_fonts, "heading")
        html = render_html(plan.issue, RenderContext(), fonts, heads)
        t0 = time.perf_counter()
        pdf = HTML(string=html).write_pdf()
        figures["weasyprint_s"] = time.perf_counter() - t0
        figures["sizes"] = {".pdf": len(pdf)}
    figures["wall_s"] = time.perf_counter() - started
    figures["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(figures))
''')


def make_synthetic_project(folder: Path, count: int) -> None:
    """A project whose corpus holds ``count`` articles in one week, cycled from the sample corpus."""
    sys.path.insert(0, str(REPO))
    import datetime as dt

    from bulletin.corpus import format_article, load_corpus

    (folder / "config").mkdir(parents=True)
    shutil.copy(REPO / "config" / "bulletin.yaml", folder / "config" / "bulletin.yaml")
    corpus = folder / "seeds"
    corpus.mkdir()
    import random

    articles = load_corpus(REPO / "seeds").articles
    pool = [paragraph for article in articles for paragraph in article.paragraphs if len(paragraph) > 40]
    for n in range(count):
        # Each article its own mix of real paragraphs, title and URL: the curator collapses near-duplicates.
        source = articles[n % len(articles)]
        day = dt.date(2025, 7, 5) + dt.timedelta(days=n % 7)
        first = pool[n % len(pool)]
        paragraphs = [first, *random.Random(n).sample([p for p in pool if p != first], 9)]
        title = f"{paragraphs[0][:18]}…（{n + 1}）"
        text = format_article(title=title, source=source.source,
                              url=f"https://example.cn/{n}.html", date=day, paragraphs=paragraphs)
        (corpus / f"{day.isoformat()}-{n:04d}.md").write_text(text, encoding="utf-8")


def run_scenario(mode: str, project: Path, day: str) -> dict:
    output = subprocess.run([sys.executable, "-c", SCENARIO, mode, str(project), day], capture_output=True,
                            text=True, cwd=REPO, check=True)
    return json.loads(output.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        sample = Path(temp) / "sample"
        (sample / "config").mkdir(parents=True)
        shutil.copy(REPO / "config" / "bulletin.yaml", sample / "config" / "bulletin.yaml")
        shutil.copytree(REPO / "seeds", sample / "seeds")
        synth = Path(temp) / "synth"
        make_synthetic_project(synth, args.articles)

        rows = {
            "sample (3 items)": run_scenario("build", sample, "2025-07-11"),
            f"synthetic ({args.articles} items)": run_scenario("build", synth, "2025-07-11"),
            f"bare WeasyPrint ({args.articles} items)": run_scenario("bare", synth, "2025-07-11"),
        }
        parts_row = run_scenario("parts", synth, "2025-07-11")
        cli = subprocess.run(["/usr/bin/time", "-f", "%e %M", sys.executable, "-m", "bulletin", "build",
                              "--project", str(sample), "--date", "2025-07-11"],
                             capture_output=True, text=True, cwd=REPO)
    for name, figures in rows.items():
        sizes = ", ".join(f"{ext} {size / 1024:.0f} KB" for ext, size in figures.get("sizes", {}).items())
        timing = ", ".join(f"{k} {v:.2f} s" for k, v in figures.items() if k.endswith("_s"))
        items = f"{figures['items']} items, " if "items" in figures else ""
        print(f"{name:32} {items}{timing}; peak {figures['peak_mb']:.0f} MB; {sizes}")
    parts = parts_row
    ours = parts["gather_s"] + parts["pdf_prepare_s"]
    print(f"{'parts of the synthetic build':32} gather {parts['gather_s']:.2f} s, fonts+glyphs+template "
          f"{parts['pdf_prepare_s']:.2f} s, WeasyPrint {parts['weasyprint_s']:.2f} s, DOCX {parts['docx_s']:.2f} s")
    print(f"{'our overhead on the PDF':32} {ours:.2f} s = {100 * ours / (ours + parts['weasyprint_s']):.1f}% "
          "of gather + PDF (the DOCX is an edition of its own)")
    if cli.returncode == 0 and cli.stderr.strip():
        elapsed, peak_kb = cli.stderr.strip().splitlines()[-1].split()
        print(f"{'CLI, sample, cold start':32} wall {float(elapsed):.2f} s; peak {int(peak_kb) / 1024:.0f} MB")


if __name__ == "__main__":
    main()
