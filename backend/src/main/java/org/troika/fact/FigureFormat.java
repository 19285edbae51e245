package org.troika.fact;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How a figure is written, so that a published and a computed figure read alike. */
public enum FigureFormat {

    @JsonProperty("integer")
    INTEGER("#,##0"),
    @JsonProperty("decimal2")
    DECIMAL2("#,##0.00"),
    @JsonProperty("percent1")
    PERCENT1("0.0'%'"),
    @JsonProperty("year")
    YEAR("0"),
    /** "more than N": published as {@code N+}, holds when the computed count exceeds N. */
    @JsonProperty("more-than")
    MORE_THAN("#,##0");

    private final String pattern;

    FigureFormat(String pattern) {
        this.pattern = pattern;
    }

    /** The published figure as written: {@code 600+} for "more than 600". */
    public String published(BigDecimal value, String unit) {
        String text = write(value);
        return withUnit(this == MORE_THAN ? text + "+" : text, unit);
    }

    /** A computed figure, written like the published one; {@code —} when the graph gave none. */
    public String computed(BigDecimal value, String unit) {
        return value == null ? "—" : withUnit(write(value), unit);
    }

    /** Whether the computed figure reproduces the published one as written. */
    public boolean holds(BigDecimal published, BigDecimal computed) {
        if (computed == null) {
            return false;
        }
        if (this == MORE_THAN) {
            return computed.compareTo(published) > 0;
        }
        return write(published).equals(write(computed));
    }

    private String write(BigDecimal value) {
        var format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    private static String withUnit(String text, String unit) {
        return unit == null || unit.isBlank() ? text : text + " " + unit;
    }
}
