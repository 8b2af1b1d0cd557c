package org.rnnlab.report;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One colour per variant of a study, the same in every chart and in the table of variants. */
final class VariantColours {

    private final Map<String, Color> colours = new LinkedHashMap<>();

    /** Colours from {@link ChartStyle#series} in the order of the study's variants. */
    VariantColours(List<String> variants) {
        for (int i = 0; i < variants.size(); i++) {
            colours.put(variants.get(i), ChartStyle.series(i));
        }
    }

    /** The variant's colour; dark grey for a name that is not one of the study's variants. */
    Color of(String variant) {
        return colours.getOrDefault(variant, Color.DARK_GRAY);
    }
}
