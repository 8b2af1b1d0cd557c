"""Power of the default study's headline contrast against the number of seeds (python3 + SciPy).

The contrast: unclipped against clipped tanh at one sequence length, diverged or not, tested with
Fisher's exact test (two-sided, 5% level). Clipped runs are taken never to diverge (0 of 15 in the
3-seed study); unclipped runs diverge with probability p: 0.917 is the 3-seed study's 11 of 12 at
T >= 20, 0.8 and 0.65 (the lower end of its 95% Wilson interval) are more pessimistic. Exact for one
length (every outcome enumerated); simulated (2000 draws, seed 1) for the exact test stratified
over the four lengths T >= 20. ReportCommand.seedsReason() quotes these numbers.
"""
import numpy as np
from scipy.stats import binom, fisher_exact, hypergeom

for p in [0.917, 0.8, 0.65]:
    row = []
    for n in range(3, 9):
        power = sum(binom.pmf(x, n, p) for x in range(n + 1) if fisher_exact([[x, n - x], [0, n]])[1] < 0.05)
        row.append('n=%d %.2f' % (n, power))
    print('one length, p=%.3f:' % p, ' '.join(row))


def stratified(tables):
    dist, offset, observed = np.array([1.0]), 0, 0
    for a, b, c, d in tables:
        n1, n2, m = a + b, c + d, a + c
        lo, hi = max(0, m - n2), min(n1, m)
        dist = np.convolve(dist, [hypergeom.pmf(x, n1 + n2, n1, m) for x in range(lo, hi + 1)])
        offset, observed = offset + lo, observed + a
    return dist[dist <= dist[observed - offset] * (1 + 1e-7)].sum()


rng = np.random.default_rng(1)
for p in [0.65, 0.917]:
    for n in [3, 5]:
        hits = sum(stratified([(x, n - x, 0, n) for x in rng.binomial(n, p, 4)]) < 0.05 for _ in range(2000))
        print('four lengths stratified, p=%.3f, n=%d: %.3f' % (p, n, hits / 2000))
