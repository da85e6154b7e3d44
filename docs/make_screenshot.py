"""Make docs/screenshot.png: the network page of the sample article (or of the bundled invented sample).

    .venv/bin/python docs/make_screenshot.py            # the seed article in ../shared/seed if present
    .venv/bin/python docs/make_screenshot.py --sample   # the invented conflict of graphbuild/viz/sample.toml

Needs Debian's /usr/bin/chromium (Playwright drives it; nothing is downloaded). The article's own
sentences are not shown: with the seed, the picture selects an actor, not an event.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "syria-2015-article.txt"
sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", action="store_true", help="use the invented sample graph")
    ap.add_argument("-o", "--output", default=str(ROOT / "docs" / "screenshot.png"))
    args = ap.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from graphbuild.viz import draw

    work = Path(tempfile.mkdtemp(prefix="gb-shot-"))
    if args.sample or not SEED.is_file():
        from graphbuild.viz.sample import sample_graph

        page_path, select = draw(sample_graph(), work / "graph.html", title="graphbuild: sample"), "edge"
    else:
        import graphbuild

        report = graphbuild.build([str(SEED)])
        page_path, select = draw(report.graph, work / "graph.html", title="graphbuild: sample article"), "node"
    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            str(work / "profile"), executable_path="/usr/bin/chromium", headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
            viewport={"width": 1400, "height": 800}, device_scale_factor=1)
        page = ctx.new_page()
        page.goto(page_path.as_uri())
        page.wait_for_function("window.graphbuild && window.graphbuild.ready")
        if select == "edge":
            page.evaluate("""(() => { const g = window.graphbuild, vis = g.edges.get();
                vis.sort((a, b) => (b.width - a.width) || (a.id - b.id));
                g.network.selectEdges([vis[0].id]); g.showEdge(vis[0].id); })()""")
        else:
            page.evaluate("""(() => { const g = window.graphbuild, n = g.nodes.get();
                n.sort((a, b) => (b.size - a.size) || (a.id - b.id)); g.showNode(n[0].id);
                g.network.fit({animation: false}); })()""")
        page.wait_for_timeout(300)
        page.screenshot(path=args.output)
        ctx.close()
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
