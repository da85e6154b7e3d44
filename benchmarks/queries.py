"""The ready queries (ontology/queries/*.rq) on a ~1M-triple graph: rdflib memory vs Oxigraph.

    python benchmarks/queries.py [--triples 1000000] [--timeout 60]

The graph is generated without NLP, in the shape graph/build.py writes (actors, documents,
events with sources/targets/places/dates/factuality, evidence nodes, direct edges), seeded.
Each query runs through graphbuild's server engine (rows as rdflib terms, no row limit):
rdflib once (a query over ``--timeout`` seconds is stopped and reported), Oxigraph best of 3.

Then the *typical* queries: ready queries bound to one actor or event type with
``run_query(graph, text, bindings)`` (what ``graphbuild query --bind`` runs), best of 3 on
each store, with actors picked from the generated graph (the first ASSAULT target, the first
ACCUSE pair). They are reported apart from the whole-graph listings.
Writes benchmarks/results/queries.json.
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import report

from graphbuild.graph.namespace import BINDINGS

ROOT = Path(__file__).resolve().parents[1]
GB, ID = BINDINGS["gb"], BINDINGS["id"]
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
PREF = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
XSD = "http://www.w3.org/2001/XMLSchema#"
TYPES = [("ASSAULT", "Assault", "assaults"), ("ACCUSE", "Accuse", "accuses"), ("CONSULT", "Consult", "consults"),
         ("AID", "Aid", "aids"), ("THREATEN", "Threaten", "threatens"), ("REJECT", "Reject", "rejects")]
ACTOR_KINDS = [("state", "State", "STATE", 150), ("group", "ArmedGroup", "ARMED_GROUP", 500),
               ("person", "Person", "PERSON", 850), ("place", "Location", "LOCATION", 1500)]


def g(local: str) -> str:
    return f"<{GB}{local}>"


def i(local: str) -> str:
    return f"<{ID}{local}>"


def lit(text: str, dt: str | None = None) -> str:
    return f'"{text}"' + (f"^^<{XSD}{dt}>" if dt else "")


def generate(target: int, seed: int = 1):
    """N-Triples lines until about ``target`` triples."""
    rng = random.Random(seed)
    actors = {}
    n = 0
    for kind, cls, atype, count in ACTOR_KINDS:
        keys = []
        for k in range(count):
            a = i(f"actor/{kind}/{kind}-{k}")
            keys.append(a)
            for p, o in ((RDF_TYPE, g(cls)), (RDF_TYPE, g("Actor")), (LABEL, lit(f"{kind.title()} {k}")),
                         (PREF, lit(f"{kind.title()} {k}")), (g("actorType"), lit(atype))):
                yield f"{a} {p} {o} ."
                n += 1
        actors[kind] = keys
    agents = actors["state"] + actors["group"] + actors["person"]
    doc_no = 0
    while n < target:
        doc = i(f"doc/synth-{doc_no}")
        date = f"2015-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        mentioned = set()
        lines = [f"{doc} {RDF_TYPE} {g('Document')} .", f"{doc} {g('docId')} {lit(f'synth-{doc_no}')} .",
                 f'{doc} <http://purl.org/dc/terms/date> {lit(date, "date")} .']
        for e in range(3):
            plover, cls, edge = rng.choice(TYPES)
            ev = i(f"event/{doc_no:08x}{e:04x}abcd")
            evi = i(f"evidence/{doc_no:08x}{e:04x}abcd")
            src, tgt, place = rng.choice(agents), rng.choice(agents), rng.choice(actors["place"])
            mentioned.update((src, tgt, place))
            fact = rng.choices(["Asserted", "Denied", "Negated", "Hypothetical"], [85, 5, 5, 5])[0]
            lines += [f"{ev} {RDF_TYPE} {g('Event')} .", f"{ev} {RDF_TYPE} {g(cls)} .",
                      f"{ev} {g('ploverType')} {lit(plover)} .", f"{ev} {g('source')} {src} .",
                      f"{ev} {g('target')} {tgt} .", f"{ev} {g('location')} {place} .",
                      f"{ev} {g('date')} {lit(date, 'date')} .", f"{ev} {g('trigger')} {lit('struck')} .",
                      f"{ev} {g('polarity')} {lit('positive')} .", f"{ev} {g('modality')} {lit('asserted')} .",
                      f"{ev} {g('factuality')} {g(fact)} .", f"{ev} {g('evidence')} {evi} .",
                      f"{ev} {DERIVED} {doc} .",
                      f"{evi} {RDF_TYPE} {g('Evidence')} .", f"{evi} {g('inDocument')} {doc} .",
                      f"{evi} {g('sentence')} {lit(f'Sentence {e} of document {doc_no}.')} .",
                      f"{evi} {g('startChar')} {lit(str(e * 80), 'integer')} .",
                      f"{evi} {g('endChar')} {lit(str(e * 80 + 60), 'integer')} .",
                      f"{evi} {g('extractor')} {lit('verb')} ."]
            if rng.random() < 0.1:
                lines.append(f"{ev} {g('claimedBy')} {rng.choice(agents)} .")
            if fact == "Denied":
                lines.append(f"{ev} {g('deniedBy')} {src} .")
            if fact == "Asserted":
                lines.append(f"{src} {g(edge)} {tgt} .")
        lines += [f"{doc} {g('mentions')} {a} ." for a in sorted(mentioned)]
        n += len(lines)
        doc_no += 1
        yield from lines


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def _best(fn, n: int = 3) -> tuple[float, object]:
    """The best of ``n`` timings of ``fn()`` and its (last) result."""
    best, out = None, None
    for _ in range(n):
        t = time.perf_counter()
        out = fn()
        took = time.perf_counter() - t
        best = took if best is None else min(best, took)
    return best, out


def typical_queries(native) -> list[tuple[str, str, dict]]:
    """(label, ready query, bindings) for the analyst's usual questions, with actors that exist."""
    first = ("SELECT ?s ?t WHERE { ?e a gb:%s ; gb:factuality gb:Asserted ; gb:source/rdfs:label ?s ; "
             "gb:target/rdfs:label ?t } ORDER BY ?s ?t LIMIT 1")
    s1, t1 = (x.value for x in next(iter(native.query(first % "Assault", prefixes=BINDINGS))))
    s2, t2 = (x.value for x in next(iter(native.query(first % "Accuse", prefixes=BINDINGS))))
    return [
        (f"who attacked {t1}", "evidence", {"target": t1, "relation": "ASSAULT"}),
        (f"what {s2} accused {t2} of", "evidence", {"source": s2, "target": t2, "relation": "ACCUSE"}),
        (f"everything {s1} did, with evidence", "evidence", {"source": s1}),
        (f"everything done to {t1}, with evidence", "evidence", {"target": t1}),
        (f"the ranking row of {s1}", "actors_by_events", {"actor": s1}),
    ]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--triples", type=int, default=1_000_000)
    p.add_argument("--timeout", type=float, default=60.0)
    args = p.parse_args()
    from rdflib import Graph

    from graphbuild.graph.namespace import BINDINGS
    from graphbuild.serve.engine import Engine, QueryTimeout
    from graphbuild.store import add_ntriples, close_graph, open_graph
    from graphbuild.store.oxigraph import native_store
    import pyoxigraph as ox_mod

    prologue = "".join(f"PREFIX {k}: <{v}>\n" for k, v in sorted(BINDINGS.items()))

    tmp = Path(tempfile.mkdtemp(prefix="tmp-queries-", dir=report.RESULTS))
    try:
        data = ("\n".join(generate(args.triples)) + "\n").encode()
        t = time.perf_counter()
        ox = open_graph(f"oxigraph:{tmp / 'store'}", read_only=False, create=True)
        add_ntriples(ox, data)
        ox_load = time.perf_counter() - t
        t = time.perf_counter()
        mem = Graph()
        mem.parse(data=data, format="nt")
        mem_load = time.perf_counter() - t
        del data
        size = len(mem)
        print(f"{size} triples; load: oxigraph {ox_load:.1f} s, rdflib {mem_load:.1f} s", file=sys.stderr)
        engines = {"rdflib": Engine(mem, timeout=args.timeout, limit=None),
                   "oxigraph": Engine(ox, timeout=args.timeout, limit=None)}
        rows = [{"query": "(load N-Triples)", "rows": size, "rdflib ms": mem_load * 1000,
                 "oxigraph ms": ox_load * 1000, "rdflib / oxigraph": mem_load / ox_load,
                 "pyoxigraph ms": "-", "rdflib / pyoxigraph": "-"}]
        native = native_store(ox)
        for path in sorted((ROOT / "ontology" / "queries").glob("*.rq")):
            text = path.read_text(encoding="utf-8")
            timings, counts = {}, {}
            for name, engine in engines.items():
                best = None
                for _ in range(1 if name == "rdflib" else 3):
                    t = time.perf_counter()
                    try:
                        out = engine.query(text)
                    except QueryTimeout:
                        best = None
                        break
                    took = time.perf_counter() - t
                    best = took if best is None else min(best, took)
                    counts[name] = len(out.rows) if out.kind == "SELECT" else len(out.graph or ())
                timings[name] = best
            r, o = timings["rdflib"], timings["oxigraph"]
            n = min(_timed(lambda: sum(1 for _ in native.query(prologue + text))) for _ in range(3))
            rows.append({"query": path.stem, "rows": counts.get("oxigraph", counts.get("rdflib", "-")),
                         "rdflib ms": r * 1000 if r is not None else f"> {args.timeout:g} s (stopped)",
                         "oxigraph ms": o * 1000 if o is not None else f"> {args.timeout:g} s",
                         "rdflib / oxigraph": (r / o) if r and o else "-",
                         "pyoxigraph ms": n * 1000, "rdflib / pyoxigraph": (r / n) if r else "-"})
            if counts.get("rdflib") is not None and counts.get("oxigraph") is not None:
                assert counts["rdflib"] == counts["oxigraph"], (path.stem, counts)
            print(rows[-1], file=sys.stderr, flush=True)
        from graphbuild.query import load_query, run_query
        from graphbuild.query.bind import as_bindings
        from graphbuild.query.inline import inline_bindings

        for label, name, bindings in typical_queries(native):
            text = load_query(name)
            binds = " ".join(f"{k}={v!r}" for k, v in bindings.items())
            r, rows_r = _best(lambda: run_query(mem, text, bindings))
            o, rows_o = _best(lambda: run_query(ox, text, bindings))
            inlined, left = inline_bindings(text, as_bindings(bindings))  # what run_query sends
            subst = {ox_mod.Variable(k): ox_mod.Literal(str(v)) for k, v in left.items()}
            n, _ = _best(lambda: sum(1 for _ in native.query(prologue + inlined, substitutions=subst)))
            assert rows_r.values() == rows_o.values(), (label, len(rows_r), len(rows_o))
            rows.append({"query": f"typical: {label} ({name} --bind {binds})", "rows": len(rows_o),
                         "rdflib ms": r * 1000, "oxigraph ms": o * 1000, "rdflib / oxigraph": r / o,
                         "pyoxigraph ms": n * 1000, "rdflib / pyoxigraph": r / n})
            print(rows[-1], file=sys.stderr, flush=True)
        close_graph(ox)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    report.save("queries", {"triples": size, "timeout_s": args.timeout}, rows,
                ["query", "rows", "rdflib ms", "oxigraph ms", "rdflib / oxigraph", "pyoxigraph ms",
                 "rdflib / pyoxigraph"],
                notes=f"{size:,} generated triples. Whole-graph listings: rdflib one run, Oxigraph best of 3, "
                      "'rdflib' and 'oxigraph' through graphbuild.serve.engine (rows converted to rdflib "
                      "terms). Typical (bound) queries: best of 3 on both, through graphbuild.query.run_query "
                      "(what `graphbuild query --bind` runs; oxigraph via oxrdflib). 'pyoxigraph' is "
                      "Oxigraph's own engine, every solution read, nothing converted.")


if __name__ == "__main__":
    main()
