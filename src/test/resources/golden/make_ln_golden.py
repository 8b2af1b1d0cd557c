#!/usr/bin/python3
"""Generate torch_ln_golden.json: float64 PyTorch reference values for rnnlab's layer-normalised cells.

The same cases and conventions as make_golden.py (read its docstring), with the recurrent stack
replaced by ln_cells.LayerNormStack: the rnnlab equations written independently in PyTorch, with
autograd for every gradient.  The weights start as PyTorch's default initialisation under the
case's seed; the gains and the LSTM's cell-state shift are then drawn around 1 and 0, so that
the gradients with respect to them are not those of the starting point alone.  Each case carries
"norm": "layer".

Run with:  /usr/bin/python3 make_ln_golden.py   (writes torch_ln_golden.json next to it)
"""

import json
import os

import torch
import torch.nn as nn

from ln_cells import LayerNormStack
from make_golden import LOSS_ABBR, TASK_ABBR, compute_loss

torch.set_default_dtype(torch.float64)
torch.set_num_threads(1)
torch.use_deterministic_algorithms(True)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "torch_ln_golden.json")

DEFAULTS = dict(input_size=3, hidden_size=4, output_size=2, batch=2, steps=5)

# (cell, activation, num_layers, task, loss, overrides, seed)
CASE_SPECS = [
    ("rnn", "tanh", 1, "many_to_one", "mse", {}, 201),
    ("rnn", "relu", 2, "many_to_many", "mse", {}, 202),
    ("lstm", "tanh", 1, "many_to_one", "mse", {}, 203),
    ("lstm", "tanh", 2, "many_to_many", "cross_entropy", {"output_size": 3}, 204),
    ("gru", "tanh", 1, "many_to_many", "bce_with_logits", {}, 205),
    ("gru", "tanh", 2, "many_to_one", "mse", {"batch": 1, "steps": 7}, 206),
]


def case_name(cell, activation, num_layers, task, loss, overrides):
    name = "%s_ln_l%d_%s_%s" % (cell if cell != "rnn" else "rnn_" + activation, num_layers, TASK_ABBR[task],
                                LOSS_ABBR[loss])
    if overrides.get("batch") == 1:
        name += "_b1"
    return name


def build_case(cell, activation, L, task, loss, overrides, seed):
    cfg = dict(DEFAULTS)
    cfg.update(overrides)
    D, H, O = cfg["input_size"], cfg["hidden_size"], cfg["output_size"]
    B, T = cfg["batch"], cfg["steps"]

    torch.manual_seed(seed)
    rnn = LayerNormStack(cell, D, H, L, nonlinearity=activation)
    head = nn.Linear(H, O)
    with torch.no_grad():
        for name, p in rnn.named_parameters():
            if name.startswith("norm_"):
                p.copy_((1.0 if name.endswith(".weight") else 0.0) + 0.3 * torch.randn(p.shape))

    x = torch.randn(T, B, D, requires_grad=True)
    h0 = torch.randn(L, B, H, requires_grad=True)
    c0 = torch.randn(L, B, H, requires_grad=True) if cell == "lstm" else None
    out_shape = (B, O) if task == "many_to_one" else (T, B, O)
    if loss == "mse":
        target = torch.randn(*out_shape)
    elif loss == "bce_with_logits":
        target = torch.randint(0, 2, out_shape).to(torch.float64)
    else:
        target = torch.randint(0, O, (B,) if task == "many_to_one" else (T, B))

    seq, _ = rnn(x, (h0, c0) if cell == "lstm" else h0)
    output = head(seq[-1]) if task == "many_to_one" else head(seq)
    loss_value = compute_loss(loss, output, target)
    loss_value.backward()

    params = list(rnn.named_parameters()) + [("head." + n, p) for n, p in head.named_parameters()]
    case = {
        "name": case_name(cell, activation, L, task, loss, overrides),
        "cell": cell if cell != "rnn" else "rnn_" + activation,
        "norm": "layer",
        "input_size": D, "hidden_size": H, "num_layers": L, "output_size": O,
        "batch": B, "steps": T, "task": task, "loss": loss,
        "input": x.detach().tolist(),
        "h0": h0.detach().tolist(),
    }
    if c0 is not None:
        case["c0"] = c0.detach().tolist()
    case["target"] = target.tolist()
    case["parameters"] = {n: p.detach().tolist() for n, p in params}
    case["output"] = output.detach().tolist()
    case["loss_value"] = loss_value.item()
    case["grad"] = {n: p.grad.tolist() for n, p in params}
    case["grad_input"] = x.grad.tolist()
    case["grad_h0"] = h0.grad.tolist()
    if c0 is not None:
        case["grad_c0"] = c0.grad.tolist()
    return case


def main():
    cases = [build_case(*spec) for spec in CASE_SPECS]
    names = [c["name"] for c in cases]
    assert len(set(names)) == len(names), names
    doc = {"generator": "make_ln_golden.py", "torch_version": torch.__version__, "cases": cases}
    with open(OUT_PATH, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")
    print("wrote %s (%d cases)" % (OUT_PATH, len(cases)))


if __name__ == "__main__":
    main()
