package org.troika.governance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bar chart drawn by Apache ECharts. Views hand it categories and series, never JavaScript:
 * {@link #show} replaces what it draws; {@link #setStacked}, {@link #setUnit} and {@link #setMaximum}
 * say how.
 */
@Tag("troika-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./charts/troika-chart.js")
public class IndicatorChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One series of bars: a name for the legend and one value per category, {@code null} where there is none.
     */
    public record Series(String name, List<Double> values) {

        public Series {
            Objects.requireNonNull(name, "A series needs a name");
            // a copy that keeps the nulls of missing values
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    record Chart(List<String> categories, List<Series> series, boolean stacked, String unit, Double max) {
    }

    private boolean stacked;
    private String unit = "";
    private Double maximum;
    private Chart shown;

    /**
     * Draws one bar per category for each series; every series has exactly one value per category.
     *
     * @throws IllegalArgumentException naming the series whose values do not match the categories
     */
    public void show(List<String> categories, List<Series> series) {
        for (Series each : series) {
            if (each.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series '" + each.name() + "' has " + each.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
        shown = new Chart(List.copyOf(categories), List.copyOf(series), stacked, unit, maximum);
        getElement().setProperty("chart", JSON.writeValueAsString(shown));
    }

    /** Stacks the series on each other (a distribution) instead of setting them side by side; before {@link #show}. */
    public void setStacked(boolean stacked) {
        this.stacked = stacked;
    }

    /** The unit written after each value ({@code %}), or none; before {@link #show}. */
    public void setUnit(String unit) {
        this.unit = unit == null ? "" : unit;
    }

    /** The top of the value axis ({@code 100} for shares), or {@code null} to fit the values; before {@link #show}. */
    public void setMaximum(Double maximum) {
        this.maximum = maximum;
    }

    /** What the chart was last asked to draw, {@code null} before the first {@link #show}. */
    Chart shown() {
        return shown;
    }
}
