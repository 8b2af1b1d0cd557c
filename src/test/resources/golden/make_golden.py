#!/usr/bin/python3
"""Generate torch_golden.json: float64 PyTorch reference values for rnnlab's tests.

Each case builds a recurrent stack (nn.LSTM, nn.GRU or nn.RNN with tanh/relu),
time-major (batch_first=False), followed by a linear head nn.Linear(H, O) named
"head". With a fixed seed per case it draws the parameters (PyTorch's default
init), the input, the initial state(s) and the target, runs the forward pass,
computes the loss (PyTorch defaults, mean reduction) and backpropagates.

Everything that goes in and everything that comes out is written to JSON:
parameters, input, h0 (and c0 for LSTM), target, head output, loss value,
and the gradients of the loss with respect to every parameter, the input,
h0 and c0.

Conventions worth knowing when reading the file from another language:
  * input is [T][B][D], h0/c0 are [L][B][H], many_to_many outputs are [T][B][O].
  * Parameter names are PyTorch's: weight_ih_l{k} [G*H][in], weight_hh_l{k}
    [G*H][H], bias_ih_l{k} [G*H], bias_hh_l{k} [G*H], plus head.weight [O][H]
    and head.bias [O].  Gate blocks along the first axis are stacked as
      LSTM: i, f, g, o   (G = 4)
      GRU:  r, z, n      (G = 3), with n = tanh(W_in x + b_in + r * (W_hn h + b_hn))
      RNN:  single block (G = 1)
  * many_to_one applies the head to the top layer's hidden state at the last
    step; many_to_many applies it at every step.
  * cross_entropy for many_to_many flattens logits to [T*B][O] and targets to
    [T*B] (mean over all T*B positions); its targets are class indices.
  * Floats are written with Python's repr, which round-trips float64 exactly.

Run with:  /usr/bin/python3 make_golden.py   (writes torch_golden.json next to it)
"""

import json
import os

import torch
import torch.nn as nn
import torch.nn.functional as F

# Double precision everywhere, one thread so the reduction order (and hence
# every bit of the result) is the same from run to run.
torch.set_default_dtype(torch.float64)
torch.set_num_threads(1)
torch.use_deterministic_algorithms(True)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "torch_golden.json")

# Shorthands used in case names.
TASK_ABBR = {"many_to_one": "m2o", "many_to_many": "m2m"}
LOSS_ABBR = {"mse": "mse", "cross_entropy": "ce", "bce_with_logits": "bce"}

DEFAULTS = dict(input_size=3, hidden_size=4, output_size=2, batch=2, steps=5)

# (cell, num_layers, task, loss, overrides, seed)
CASE_SPECS = [
    ("lstm", 1, "many_to_one", "mse", {}, 101),
    ("lstm", 2, "many_to_many", "mse", {}, 102),
    ("lstm", 1, "many_to_one", "cross_entropy", {"output_size": 3}, 103),
    ("gru", 1, "many_to_one", "mse", {}, 104),
    ("gru", 2, "many_to_many", "bce_with_logits", {}, 105),
    ("gru", 1, "many_to_many", "cross_entropy", {"output_size": 3}, 106),
    ("rnn_tanh", 2, "many_to_one", "mse", {}, 107),
    ("rnn_relu", 1, "many_to_many", "mse", {}, 108),
    # Batch of one, scalar input, longer sequence.
    ("lstm", 1, "many_to_one", "mse",
     {"input_size": 1, "hidden_size": 3, "batch": 1, "steps": 7}, 109),
]


def case_name(cell, num_layers, task, loss, overrides):
    name = "%s_l%d_%s_%s" % (cell, num_layers, TASK_ABBR[task], LOSS_ABBR[loss])
    if overrides.get("batch") == 1:
        name += "_b1"
    return name


def make_rnn(cell, D, H, L):
    """The recurrent stack, with PyTorch's default initialisation."""
    if cell == "lstm":
        return nn.LSTM(D, H, num_layers=L, batch_first=False)
    if cell == "gru":
        return nn.GRU(D, H, num_layers=L, batch_first=False)
    if cell == "rnn_tanh":
        return nn.RNN(D, H, num_layers=L, nonlinearity="tanh", batch_first=False)
    if cell == "rnn_relu":
        return nn.RNN(D, H, num_layers=L, nonlinearity="relu", batch_first=False)
    raise ValueError(cell)


def forward(cell, rnn, head, x, h0, c0, task):
    """Run the stack and the head; returns the head's outputs."""
    if cell == "lstm":
        seq, _ = rnn(x, (h0, c0))
    else:
        seq, _ = rnn(x, h0)
    # seq: [T][B][H], the top layer's hidden state at every step.
    if task == "many_to_one":
        return head(seq[-1])          # [B][O]
    return head(seq)                  # [T][B][O]


def compute_loss(loss, output, target):
    """PyTorch default losses with mean reduction."""
    if loss == "mse":
        return F.mse_loss(output, target)
    if loss == "bce_with_logits":
        return F.binary_cross_entropy_with_logits(output, target)
    if loss == "cross_entropy":
        O = output.shape[-1]
        return F.cross_entropy(output.reshape(-1, O), target.reshape(-1))
    raise ValueError(loss)


def named_params(rnn, head):
    """Parameters under the names used in the JSON, in a fixed order."""
    out = [(n, p) for n, p in rnn.named_parameters()]
    out += [("head." + n, p) for n, p in head.named_parameters()]
    return out


def build_case(cell, L, task, loss, overrides, seed):
    cfg = dict(DEFAULTS)
    cfg.update(overrides)
    D, H, O = cfg["input_size"], cfg["hidden_size"], cfg["output_size"]
    B, T = cfg["batch"], cfg["steps"]

    torch.manual_seed(seed)

    # Model: default init under the seed (recurrent stack first, then head).
    rnn = make_rnn(cell, D, H, L)
    head = nn.Linear(H, O)

    # Leaf tensors we also want gradients for.
    x = torch.randn(T, B, D, requires_grad=True)
    h0 = torch.randn(L, B, H, requires_grad=True)
    c0 = torch.randn(L, B, H, requires_grad=True) if cell == "lstm" else None

    # Target with the shape the task and loss call for.
    out_shape = (B, O) if task == "many_to_one" else (T, B, O)
    if loss == "mse":
        target = torch.randn(*out_shape)
    elif loss == "bce_with_logits":
        target = torch.randint(0, 2, out_shape).to(torch.float64)  # 0/1 labels
    else:  # cross_entropy: class indices
        idx_shape = (B,) if task == "many_to_one" else (T, B)
        target = torch.randint(0, O, idx_shape)

    output = forward(cell, rnn, head, x, h0, c0, task)
    loss_value = compute_loss(loss, output, target)
    loss_value.backward()

    params = named_params(rnn, head)
    case = {
        "name": case_name(cell, L, task, loss, overrides),
        "cell": cell,
        "input_size": D, "hidden_size": H, "num_layers": L, "output_size": O,
        "batch": B, "steps": T,
        "task": task,
        "loss": loss,
    }
    return with_values(case, x, h0, c0, target, params, output, loss_value)


def with_values(case, x, h0, c0, target, params, output, loss_value):
    """Adds to case what went in and what came out (after backward), in the file's key order."""
    case["input"] = x.detach().tolist()
    case["h0"] = h0.detach().tolist()
    if c0 is not None:
        case["c0"] = c0.detach().tolist()
    # int64 class indices become JSON integers; the others are floats.
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
    doc = {
        "generator": "make_golden.py",
        "torch_version": torch.__version__,
        "cases": cases,
    }
    # json writes floats with repr(), the shortest string that round-trips.
    with open(OUT_PATH, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")
    print("wrote %s (%d cases)" % (OUT_PATH, len(cases)))


if __name__ == "__main__":
    main()
