#!/usr/bin/python3
"""Generate torch_highway_golden.json: float64 PyTorch reference values for the highway.

The same cases and conventions as make_golden.py (read its docstring), many-to-one only, with a
linear autoregressive term on the last K input steps added to the head's output (LSTNet's
highway): nn.Linear(K*D, O, bias=False) named "highway", applied to x[-K:] laid out as
[B][K*D] (oldest step first, the D features of a step together).  Its weights are drawn from
N(0, 0.5^2) under the case's seed, after the stack and the head, so that the test checks the
forward pass too (rnnlab starts them at zero).  Each case carries "highway": K.

Run with:  /usr/bin/python3 make_highway_golden.py   (writes torch_highway_golden.json next to it)
"""

import json
import os

import torch
import torch.nn as nn

from make_golden import LOSS_ABBR, compute_loss, make_rnn, named_params, with_values

torch.set_default_dtype(torch.float64)
torch.set_num_threads(1)
torch.use_deterministic_algorithms(True)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "torch_highway_golden.json")

DEFAULTS = dict(input_size=3, hidden_size=4, output_size=2, batch=2, steps=5)

# (cell, num_layers, loss, highway K, overrides, seed)
CASE_SPECS = [
    ("lstm", 1, "mse", 3, {}, 301),
    ("gru", 2, "mse", 5, {}, 302),
    ("rnn_tanh", 1, "cross_entropy", 2, {"output_size": 3}, 303),
    ("lstm", 1, "mse", 7, {"input_size": 1, "hidden_size": 3, "batch": 3, "steps": 7}, 304),
]


def build_case(cell, L, loss, K, overrides, seed):
    cfg = dict(DEFAULTS)
    cfg.update(overrides)
    D, H, O = cfg["input_size"], cfg["hidden_size"], cfg["output_size"]
    B, T = cfg["batch"], cfg["steps"]
    torch.manual_seed(seed)
    rnn = make_rnn(cell, D, H, L)
    head = nn.Linear(H, O)
    highway = nn.Linear(K * D, O, bias=False)
    with torch.no_grad():
        highway.weight.normal_(0.0, 0.5)
    x = torch.randn(T, B, D, requires_grad=True)
    h0 = torch.randn(L, B, H, requires_grad=True)
    c0 = torch.randn(L, B, H, requires_grad=True) if cell == "lstm" else None
    if loss == "mse":
        target = torch.randn(B, O)
    else:
        target = torch.randint(0, O, (B,))
    seq, _ = rnn(x, (h0, c0)) if cell == "lstm" else rnn(x, h0)
    lagged = x[-K:].permute(1, 0, 2).reshape(B, K * D)   # [B][K*D], oldest step first
    output = head(seq[-1]) + highway(lagged)
    loss_value = compute_loss(loss, output, target)
    loss_value.backward()
    params = named_params(rnn, head) + [("highway.weight", highway.weight)]
    case = {
        "name": "%s_l%d_m2o_%s_highway%d" % (cell, L, LOSS_ABBR[loss], K),
        "cell": cell,
        "input_size": D, "hidden_size": H, "num_layers": L, "output_size": O,
        "batch": B, "steps": T, "task": "many_to_one", "loss": loss, "highway": K,
    }
    return with_values(case, x, h0, c0, target, params, output, loss_value)


def main():
    cases = [build_case(*spec) for spec in CASE_SPECS]
    doc = {"generator": "make_highway_golden.py", "torch_version": torch.__version__, "cases": cases}
    with open(OUT_PATH, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")
    print("wrote %s (%d cases)" % (OUT_PATH, len(cases)))


if __name__ == "__main__":
    main()
