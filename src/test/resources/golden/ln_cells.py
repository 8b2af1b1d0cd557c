"""PyTorch modules for rnnlab's layer-normalised cells (norm=layer, variants tanh-ln, lstm-ln, gru-ln).

torch.nn.RNN, nn.LSTM and nn.GRU have no layer normalisation, so they cannot load the parameters of a
layer-normalised rnnlab model.  LayerNormStack computes what rnnlab computes and has the same
state_dict names and shapes, so

    net = LayerNormStack("lstm", input_size, hidden_size, num_layers).double()
    net.load_state_dict({k: v for k, v in state.items() if not k.startswith("head.")})

loads the "parameters" of such a model file (the head is an nn.Linear, as for the plain cells).

The equations (Ba, Kiros and Hinton 2016), per layer and step, with G gate blocks of H units
(rnn 1, lstm 4 in the order i|f|g|o, gru 3 in the order r|z|n):

    zx = gamma_ih * norm(W_ih x_t) + b_ih      each of the G blocks normalised over its own H values
    zh = gamma_hh * norm(W_hh h_{t-1}) + b_hh  norm(v) = (v - mean) / sqrt(biased variance + 1e-5)

    rnn:  h_t = f(zx + zh)                      f = tanh or relu
    lstm: i, f, g, o = sigmoid, sigmoid, tanh, sigmoid of the blocks of zx + zh
          c_t = f * c_{t-1} + i * g
          h_t = o * tanh(LayerNorm_c(c_t))      nn.LayerNorm(H): its own weight and bias
    gru:  r = sigmoid(zx_r + zh_r), z = sigmoid(zx_z + zh_z)
          n = tanh(zx_n + r * zh_n)
          h_t = (1 - z) * n + z * h_{t-1}

Each side's bias is the shift of its normalisation, so the normalisations of W_ih x and W_hh h
add only gains: norm_ih_l{k}.weight and norm_hh_l{k}.weight, [G*H].  rnnlab's vanilla cell has
more activations than tanh and relu; this module implements those two.
"""

import torch
import torch.nn as nn
import torch.nn.functional as F

EPS = 1e-5
GATES = {"rnn": 1, "lstm": 4, "gru": 3}
ACTIVATIONS = {"tanh": torch.tanh, "relu": torch.relu}


class BlockGain(nn.Module):
    """Layer normalisation of each of G blocks of H values, a gain per value, and a given shift."""

    def __init__(self, gates, hidden):
        super().__init__()
        self.gates, self.hidden = gates, hidden
        self.weight = nn.Parameter(torch.ones(gates * hidden))

    def forward(self, v, shift):
        """v: [B, G*H] -> gain * norm(v) + shift, each H-block normalised on its own."""
        b = v.shape[0]
        n = F.layer_norm(v.reshape(b, self.gates, self.hidden), (self.hidden,), eps=EPS)
        return n.reshape(b, self.gates * self.hidden) * self.weight + shift


class LayerNormStack(nn.Module):
    """A stack of layer-normalised rnn, lstm or gru layers, time-major like nn.LSTM(batch_first=False)."""

    def __init__(self, cell, input_size, hidden_size, num_layers=1, nonlinearity="tanh"):
        super().__init__()
        if cell not in GATES:
            raise ValueError("cell must be rnn, lstm or gru, got %r" % cell)
        if cell == "rnn" and nonlinearity not in ACTIVATIONS:
            raise ValueError("this module implements tanh and relu, got %r" % nonlinearity)
        self.cell, self.hidden_size, self.num_layers = cell, hidden_size, num_layers
        self.act = ACTIVATIONS.get(nonlinearity, torch.tanh)
        g, h = GATES[cell], hidden_size
        for k in range(num_layers):
            d = input_size if k == 0 else hidden_size
            setattr(self, "weight_ih_l%d" % k, nn.Parameter(torch.empty(g * h, d)))
            setattr(self, "weight_hh_l%d" % k, nn.Parameter(torch.empty(g * h, h)))
            setattr(self, "bias_ih_l%d" % k, nn.Parameter(torch.zeros(g * h)))
            setattr(self, "bias_hh_l%d" % k, nn.Parameter(torch.zeros(g * h)))
        for k in range(num_layers):
            setattr(self, "norm_ih_l%d" % k, BlockGain(g, h))
            setattr(self, "norm_hh_l%d" % k, BlockGain(g, h))
            if cell == "lstm":
                setattr(self, "norm_c_l%d" % k, nn.LayerNorm(h, eps=EPS))
        bound = 1.0 / h ** 0.5
        for k in range(num_layers):
            for name in ("weight_ih_l%d", "weight_hh_l%d", "bias_ih_l%d", "bias_hh_l%d"):
                nn.init.uniform_(getattr(self, name % k), -bound, bound)

    def step(self, k, x, h, c):
        """One step of layer k: x [B, D], h and c [B, H] -> new h, c (c is None but for the lstm)."""
        p = lambda name: getattr(self, name % k)
        zx = p("norm_ih_l%d")(x @ p("weight_ih_l%d").T, p("bias_ih_l%d"))
        zh = p("norm_hh_l%d")(h @ p("weight_hh_l%d").T, p("bias_hh_l%d"))
        if self.cell == "rnn":
            return self.act(zx + zh), None
        if self.cell == "lstm":
            i, f, g, o = (zx + zh).chunk(4, dim=1)
            c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
            return torch.sigmoid(o) * torch.tanh(p("norm_c_l%d")(c)), c
        xr, xz, xn = zx.chunk(3, dim=1)
        hr, hz, hn = zh.chunk(3, dim=1)
        r, z = torch.sigmoid(xr + hr), torch.sigmoid(xz + hz)
        n = torch.tanh(xn + r * hn)
        return (1 - z) * n + z * h, None

    def forward(self, x, state=None):
        """x: [T, B, D]; state: h0 [L, B, H], or (h0, c0) for the lstm (zeros when None).
        Returns the top layer's h_1 .. h_T [T, B, H] and the final state in the form of `state`."""
        steps, batch = x.shape[0], x.shape[1]
        zeros = x.new_zeros(self.num_layers, batch, self.hidden_size)
        if state is None:
            state = (zeros, zeros) if self.cell == "lstm" else zeros
        h0, c0 = state if self.cell == "lstm" else (state, None)
        seq, hs, cs = x, [], []
        for k in range(self.num_layers):
            h, c, out = h0[k], None if c0 is None else c0[k], []
            for t in range(steps):
                h, c = self.step(k, seq[t], h, c)
                out.append(h)
            seq = torch.stack(out)
            hs.append(h)
            cs.append(c)
        final = torch.stack(hs)
        return seq, ((final, torch.stack(cs)) if self.cell == "lstm" else final)
