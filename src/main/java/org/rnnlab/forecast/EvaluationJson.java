package org.rnnlab.forecast;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An {@link Evaluation} as JSON, for run.json and {@code evaluate --json}. */
public final class EvaluationJson {

    private EvaluationJson() {
    }

    /**
     * {@code {"part": "test", "windows": 10, "season": 12, "targets": {"passengers":
     * {"model": {"rmse": .., "mae": .., "smape": .., "mase": .., "count": ..}, "persistence": {...}, ...}},
     * "rmse_ratios": {"passengers": {"baseline": "persistence", "ratio": .., "lower_95": .., "upper_95": ..,
     * "groups": ..}}}}: the model's RMSE over the best baseline's ({@link RmseRatio});
     * a non-finite number is null.
     */
    public static ObjectNode of(Evaluation e) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("part", e.part());
        o.put("windows", e.windows());
        if (e.season().isPresent()) {
            o.put("season", e.season().getAsInt());
        } else {
            o.putNull("season");
        }
        o.put("mase_lag", e.maseLag());
        ObjectNode scales = o.putObject("mase_scales");
        e.maseScales().forEach((target, scale) -> RunJson.number(scales, target, scale));
        ObjectNode targets = o.putObject("targets");
        for (Evaluation.Row r : e.rows()) {
            ObjectNode target = targets.has(r.target()) ? (ObjectNode) targets.get(r.target()) : targets.putObject(r.target());
            ObjectNode m = target.putObject(r.method());
            Accuracy a = r.accuracy();
            RunJson.number(m, "rmse", a.rmse());
            RunJson.number(m, "mae", a.mae());
            RunJson.number(m, "smape", a.smape());
            RunJson.number(m, "mase", a.mase());
            m.put("count", a.count());
        }
        ObjectNode ratios = o.putObject("rmse_ratios");
        e.leads().forEach((name, lead) -> {
            ObjectNode ratio = ratios.putObject(name);
            ratio.put("baseline", lead.baseline());
            RunJson.number(ratio, "ratio", lead.ratio());
            RunJson.number(ratio, "lower_95", lead.range() == null ? Double.NaN : lead.range().lower());
            RunJson.number(ratio, "upper_95", lead.range() == null ? Double.NaN : lead.range().upper());
            ratio.put("groups", lead.groups());
        });
        return o;
    }
}
