#!/usr/bin/env python3
"""sovereign-ai's selection simulation written the way a numpy user would write it, for the bench.

    python3 bench/peer_numpy.py PROBLEM.json > RESULT.json   # its own seconds on stderr

PROBLEM.json (written by bench/simulate-problem.mjs):
  {"scale_max": 10, "pick": 5, "runs": N, "seed": S, "weight_concentration": K or null,
   "criteria": [{"id": "c1", "weight": 0.3}, ...],
   "teams": [{"id": "t01", "group": "g1", "scores": {"c1": [low, mode, high], ...}}, ...],
   "quotas": [{"group": "g1", "max": 3}, ...]}
Each run draws every score from a triangular distribution (low = high: fixed) and the weights from
Dirichlet(K x nominal weights) (K null: fixed), ranks the teams by total = sum(w x score) / scale_max
x 100, and picks up to `pick` teams in rank order, skipping a team whose group is at its max.
RESULT.json: {"runs": N, "seconds": s, "teams": [{"id", "p_selected", "mean_rank"}, ...]};
`seconds` is the simulation alone (no start-up, no reading).
"""
import json
import sys
import time

import numpy as np

BATCH = 8192


def simulate(problem):
    rng = np.random.default_rng(problem["seed"])
    ids = [c["id"] for c in problem["criteria"]]
    nominal = np.asarray([c["weight"] for c in problem["criteria"]], dtype=np.float64)
    nominal /= nominal.sum()
    teams = problem["teams"]
    n = len(teams)
    bounds = np.asarray([[t["scores"][c] for c in ids] for t in teams], dtype=np.float64)
    lo, mode, hi = np.moveaxis(bounds, -1, 0)
    fixed = hi <= lo
    hi = np.where(fixed, lo + 1e-12, hi)
    mode = np.clip(mode, lo, hi)
    caps = [(np.asarray([t["group"] == q["group"] for t in teams]), q["max"]) for q in problem["quotas"]]
    k = problem.get("weight_concentration")
    factor = 100.0 / problem["scale_max"]
    picked = np.zeros(n, dtype=np.int64)
    rank_sum = np.zeros(n, dtype=np.int64)
    left = problem["runs"]
    while left > 0:
        b = min(BATCH, left)
        shape = (b,) + lo.shape
        scores = np.where(fixed, lo, rng.triangular(np.broadcast_to(lo, shape), np.broadcast_to(mode, shape), np.broadcast_to(hi, shape)))
        weights = rng.dirichlet(nominal * k, size=b) if k else np.tile(nominal, (b, 1))
        totals = np.matmul(scores, weights[:, :, None])[..., 0] * factor  # b x n
        order = np.argsort(-totals, axis=1, kind="stable")
        allowed = np.ones((b, n), dtype=bool)
        for member, cap in caps:
            in_group = member[order]
            allowed &= ~in_group | (np.cumsum(in_group, axis=1) <= cap)
        chosen = allowed & (np.cumsum(allowed, axis=1) <= problem["pick"])
        picked += np.bincount(order[chosen], minlength=n)
        rank = np.empty_like(order)
        rows = np.arange(b)[:, None]
        rank[rows, order] = np.arange(1, n + 1)
        rank_sum += rank.sum(axis=0)
        left -= b
    runs = problem["runs"]
    return [{"id": t["id"], "p_selected": float(picked[i]) / runs, "mean_rank": float(rank_sum[i]) / runs} for i, t in enumerate(teams)]


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        problem = json.load(f)
    start = time.perf_counter()
    teams = simulate(problem)
    seconds = time.perf_counter() - start
    print(f"peer_numpy: {problem['runs']} runs, {len(teams)} teams, {len(problem['criteria'])} criteria: {seconds:.3f} s", file=sys.stderr)
    json.dump({"runs": problem["runs"], "seconds": seconds, "teams": teams}, sys.stdout, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
