package org.troika.explore.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.slider.IntegerSlider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;
import org.troika.graph.Subgraph;

/**
 * The "as of" date: a slider over the months the scene's relationships span; when on, the canvas hides
 * the relationships not valid that day (those begun later or ended earlier).
 */
class AsOfFilter extends HorizontalLayout implements LocaleChangeObserver {

    static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    final Checkbox enabled = new Checkbox();
    final IntegerSlider month = new IntegerSlider();
    final Span shown = new Span();
    private YearMonth first = EARLIEST;

    AsOfFilter() {
        enabled.setId("as-of-enabled");
        month.setId("as-of");
        month.setStep(1);
        month.setMin(0);
        month.setMax(monthsBetween(first, YearMonth.now()));
        month.setValue(month.getMax().intValue());
        month.setValueChangeMode(ValueChangeMode.LAZY);
        month.setWidth("12rem");
        month.setEnabled(false);
        shown.setId("as-of-date");
        enabled.addValueChangeListener(change -> {
            month.setEnabled(change.getValue());
            showDate();
        });
        month.addValueChangeListener(change -> showDate());
        setAlignItems(Alignment.CENTER);
        setSpacing(true);
        add(enabled, month, shown);
    }

    /** The day chosen, or null when the filter is off. */
    LocalDate day() {
        return enabled.getValue() ? first.plusMonths(month.getValue()).atDay(1) : null;
    }

    /** Turns the filter on at a day (from an address), or off for null. */
    void choose(LocalDate day) {
        if (day != null) {
            first = YearMonth.from(day).isBefore(first) ? YearMonth.from(day) : first;
            month.setMax(monthsBetween(first, YearMonth.now()));
            month.setValue(monthsBetween(first, YearMonth.from(day)));
        }
        enabled.setValue(day != null);
    }

    /** Lets the slider start at the earliest date of the scene's relationships. */
    void offer(Subgraph scene) {
        YearMonth earliest = scene.links().stream()
                .flatMap(link -> Stream.of(link.since(), link.until()))
                .filter(Objects::nonNull)
                .map(YearMonth::from)
                .min(YearMonth::compareTo)
                .orElse(EARLIEST);
        if (!enabled.getValue() && !earliest.equals(first)) {
            first = earliest;
            month.setMax(monthsBetween(first, YearMonth.now()));
            month.setValue(month.getMax().intValue());
        }
        showDate();
    }

    /** The scene without the relationships not valid on the chosen day. */
    Subgraph apply(Subgraph scene) {
        return scene.asOf(day());
    }

    private void showDate() {
        LocalDate day = day();
        shown.setText(day == null ? getTranslation("explore.asOf.all") : YearMonth.from(day).toString());
    }

    private static int monthsBetween(YearMonth from, YearMonth to) {
        return (int) Math.max(0, ChronoUnit.MONTHS.between(from, to));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        enabled.setLabel(getTranslation("explore.asOf"));
        month.setAriaLabel(getTranslation("explore.asOf"));
        showDate();
    }
}
