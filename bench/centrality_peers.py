#!/usr/bin/env python3
"""Compare diplograph's centrality with gonum, python-igraph and networkx.

Generates random G(n, m) graphs (fixed seeds), runs every tool on the same
edge list, checks that betweenness, PageRank and harmonic closeness agree,
and prints the time each took with its ratio to diplograph. Times are the
tools' own measurements of the computation (no process start, no parsing);
each tool runs --repeat times and the median is reported.

Usage: python3 bench/centrality_peers.py [--sizes 1k,5k,20k] [--repeat 3]
Needs: go, and pip install python-igraph networkx scipy.
Peers too slow for a size are skipped (gonum and networkx beyond 5k nodes).
"""
import argparse
import csv
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

SIZES = {"1k": (1000, 10000), "5k": (5000, 50000), "20k": (20000, 200000)}
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def generate(n, m, seed, path):
    rng = random.Random(seed)
    edges = set()
    while len(edges) < m:
        u, v = rng.randrange(n), rng.randrange(n)
        if u != v:
            edges.add((min(u, v), max(u, v)))
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "target"])
        for u, v in sorted(edges):
            w.writerow([f"n{u}", f"n{v}"])
    return sorted(edges)


def build(binary_dir):
    dip = os.path.join(binary_dir, "diplograph")
    peer = os.path.join(binary_dir, "gonumpeer")
    subprocess.run(["go", "build", "-o", dip, "./cmd/diplograph"], cwd=ROOT, check=True)
    subprocess.run(["go", "build", "-o", peer, "./bench/gonumpeer"], cwd=ROOT, check=True)
    return dip, peer


def run_diplograph(dip, path):
    out = subprocess.run([dip, "centrality", "--edges", path, "--unweighted", "--format", "json"],
                         check=True, capture_output=True, text=True).stdout
    r = json.loads(out)
    scores = {s["id"]: s["scores"] for s in r["scores"]}
    return {"betweenness": r["seconds"]["shortest_paths"], "pagerank": r["seconds"]["pagerank"]}, {
        "betweenness": {k: v["betweenness"] for k, v in scores.items()},
        "pagerank": {k: v["pagerank"] for k, v in scores.items()},
        "harmonic": {k: v["harmonic"] for k, v in scores.items()},
    }


def run_gonum(peer, path):
    r = json.loads(subprocess.run([peer, "-edges", path], check=True, capture_output=True, text=True).stdout)
    return r["seconds"], {"betweenness": r["betweenness"], "pagerank": r["pagerank"]}


def run_igraph(n, edges):
    import igraph as ig
    g = ig.Graph(n=n, edges=edges, directed=False)
    t0 = time.perf_counter(); b = g.betweenness(directed=False); tb = time.perf_counter() - t0
    t0 = time.perf_counter(); p = g.pagerank(damping=0.85); tp = time.perf_counter() - t0
    h = g.harmonic_centrality(normalized=False)
    name = lambda i: f"n{i}"
    return {"betweenness": tb, "pagerank": tp}, {
        "betweenness": {name(i): x for i, x in enumerate(b)},
        "pagerank": {name(i): x for i, x in enumerate(p)},
        "harmonic": {name(i): x for i, x in enumerate(h)},
    }


def run_networkx(n, edges):
    import networkx as nx
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    t0 = time.perf_counter(); b = nx.betweenness_centrality(g, normalized=False); tb = time.perf_counter() - t0
    t0 = time.perf_counter(); p = nx.pagerank(g, alpha=0.85, tol=1e-12); tp = time.perf_counter() - t0
    h = nx.harmonic_centrality(g)
    name = lambda i: f"n{i}"
    return {"betweenness": tb, "pagerank": tp}, {
        "betweenness": {name(i): x for i, x in b.items()},
        "pagerank": {name(i): x for i, x in p.items()},
        "harmonic": {name(i): x for i, x in h.items()},
    }


def max_diff(a, b):
    """Largest difference, relative for values above 1."""
    worst = 0.0
    for k, x in a.items():
        y = b.get(k, 0.0)
        worst = max(worst, abs(x - y) / max(1.0, abs(y)))
    return worst


def median_run(fn, repeat):
    times, scores = [], None
    for _ in range(repeat):
        t, scores = fn()
        times.append(t)
    return {k: statistics.median(t[k] for t in times) for k in times[0]}, scores


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1k,5k", help="comma-separated: 1k (1000/10000), 5k (5000/50000), 20k (20000/200000)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per tool; the median is reported")
    ap.add_argument("--slow-peers-up-to", type=int, default=5000, help="run gonum and networkx only up to this many nodes")
    args = ap.parse_args()
    tolerance = {"betweenness": 1e-9, "pagerank": 1e-6, "harmonic": 1e-9}
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        dip, peer = build(tmp)
        print(f"{'graph':>12} {'tool':>10} {'betweenness s':>14} {'x diplograph':>13} {'pagerank s':>11} {'x diplograph':>13}  agreement")
        for size in args.sizes.split(","):
            n, m = SIZES[size]
            path = os.path.join(tmp, f"g{size}.csv")
            edges = generate(n, m, seed=n, path=path)
            label = f"{n}/{m}"
            base_t, base = median_run(lambda: run_diplograph(dip, path), args.repeat)
            rows = [("diplograph", base_t, None)]
            peers = [("igraph", lambda: run_igraph(n, edges))]
            if n <= args.slow_peers_up_to:
                peers += [("gonum", lambda: run_gonum(peer, path)), ("networkx", lambda: run_networkx(n, edges))]
            for name, fn in peers:
                reps = 1 if name in ("gonum", "networkx") and n > 1000 else args.repeat
                t, s = median_run(fn, reps)
                agree = []
                for measure, ref in s.items():
                    d = max_diff(base[measure], ref)
                    ok = d <= tolerance[measure]
                    failures += not ok
                    agree.append(f"{measure} {'ok' if ok else 'DIFFERS'} ({d:.1e})")
                rows.append((name, t, ", ".join(agree)))
            for name, t, agree in rows:
                rb = t["betweenness"] / base_t["betweenness"]
                rp = t["pagerank"] / base_t["pagerank"]
                print(f"{label:>12} {name:>10} {t['betweenness']:>14.3f} {rb:>13.2f} {t['pagerank']:>11.4f} {rp:>13.2f}  {agree or 'reference'}")
            sys.stdout.flush()
    print(f"cores: {os.cpu_count()}; diplograph uses all of them for betweenness, the peers one.")
    if failures:
        print(f"{failures} disagreements", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
