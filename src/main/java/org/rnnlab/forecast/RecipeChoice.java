package org.rnnlab.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rnnlab.data.Transforms;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The outcome of {@code --transform auto}: every candidate's validation score and the one kept;
 * or of {@code --transform rule} (also auto's choice when the validation part is shorter than one
 * season): the tests' reasons, with no scores.
 *
 * @param chosen the kept recipe
 * @param scores one per candidate, in candidate order (empty for the rule)
 * @param rule   the rule's reasons, or empty for a choice by validation scores
 */
public record RecipeChoice(Transforms chosen, List<Score> scores, String rule) {

    /**
     * @param transforms the candidate
     * @param score      validation RMSE over persistence's (+∞ when unusable)
     * @param epochs     epochs trained
     * @param note       why it was unusable, or empty
     */
    public record Score(Transforms transforms, double score, int epochs, String note) {
    }

    public RecipeChoice {
        scores = List.copyOf(scores);
    }

    static RecipeChoice of(Transforms chosen, List<RecipeSearch.Candidate> candidates) {
        List<Score> scores = new ArrayList<>();
        for (RecipeSearch.Candidate c : candidates) {
            scores.add(new Score(c.transforms(), c.score(), c.result() == null ? 0 : c.result().epochs(), c.note()));
        }
        return new RecipeChoice(chosen, scores, "");
    }

    /** {@link RecipeRule}'s decision; {@code fallback} when auto left the choice to it. */
    static RecipeChoice byRule(RecipeRule.Decision d, boolean fallback) {
        return new RecipeChoice(d.transforms(), List.of(), (fallback ? "auto, validation part shorter than one season: "
                : "") + d.reasons());
    }

    /** "log,diff: validation RMSE 0.412 of persistence's (next best: diff 0.455)". */
    public String sentence() {
        if (!rule.isEmpty()) {
            return "transform " + chosen.label() + " by the rule: " + rule;
        }
        Score chosenScore = scores.stream().filter(s -> s.transforms().equals(chosen)).findFirst().orElseThrow();
        Score next = null;
        for (Score s : scores) {
            if (!s.transforms().equals(chosen) && Double.isFinite(s.score()) && (next == null || s.score() < next.score())) {
                next = s;
            }
        }
        return String.format(Locale.ROOT, "transform %s chosen on the validation part: RMSE %.3f of persistence's%s",
                chosen.label(), chosenScore.score(), next == null ? "" : String.format(Locale.ROOT,
                        " (next best: %s, %.3f)", next.transforms().label(), next.score()));
    }

    /** {@code {"method": "validation", "chosen": "log,diff", "candidates": [{"transforms": .., "score": ..}]}}. */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (!rule.isEmpty()) {
            o.put("method", "trend, seasonality and spread tests on the training rows (--transform rule)");
            o.put("chosen", chosen.label());
            o.put("reasons", rule);
            return o;
        }
        o.put("method", "lowest validation RMSE relative to persistence, one full training per candidate");
        o.put("chosen", chosen.label());
        ArrayNode list = o.putArray("candidates");
        for (Score s : scores) {
            ObjectNode c = list.addObject();
            c.put("transforms", s.transforms().label());
            RunJson.number(c, "validation_rmse_over_persistence", s.score());
            c.put("epochs", s.epochs());
            if (!s.note().isEmpty()) {
                c.put("note", s.note());
            }
        }
        return o;
    }
}
