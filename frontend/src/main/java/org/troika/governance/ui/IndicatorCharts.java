package org.troika.governance.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.troika.base.ui.UiLanguage;
import org.troika.graph.SubDistrict;

/**
 * The sub-districts in three charts: a chosen group of counts side by side, chosen shares in per cent, and
 * how their owners' committees are rated. Values come as computed by the governance service, one map per
 * sub-district; the charts only arrange them.
 */
class IndicatorCharts extends VerticalLayout implements LocaleChangeObserver {

    static final List<String> STAR_FIELDS = List.of("fiveStarCommittees", "fourStarCommittees", "threeStarCommittees");
    static final Set<ShareIndicator> FIRST_SHARES = EnumSet.of(ShareIndicator.PARTY_MEMBER_SHARE,
            ShareIndicator.PARTY_MEMBER_COVERAGE, ShareIndicator.COMMITTEE_COVERAGE, ShareIndicator.CARRIAGE_COMPLETENESS);

    final H3 countsTitle = new H3();
    final Select<CountGroup> countGroup = new Select<>();
    final IndicatorChart counts = new IndicatorChart();
    final H3 sharesTitle = new H3();
    final CheckboxGroup<ShareIndicator> shareChoice = new CheckboxGroup<>();
    final IndicatorChart shares = new IndicatorChart();
    final H3 starsTitle = new H3();
    final IndicatorChart stars = new IndicatorChart();

    private final List<SubDistrict> subDistricts;
    private final List<Map<String, Number>> values;
    private boolean english;

    /** @param values the indicator values of each sub-district, in the order of {@code subDistricts} */
    IndicatorCharts(List<SubDistrict> subDistricts, List<Map<String, Number>> values) {
        this.subDistricts = subDistricts;
        this.values = values;
        setPadding(false);

        countGroup.setId("indicator-count-group");
        countGroup.setItems(CountGroup.values());
        countGroup.setValue(CountGroup.ESTATES);
        countGroup.addValueChangeListener(change -> showCounts());
        counts.setId("indicator-counts-chart");
        counts.setWidthFull();
        counts.setHeight("340px");

        shareChoice.setId("indicator-share-choice");
        shareChoice.setItems(ShareIndicator.values());
        shareChoice.setValue(FIRST_SHARES);
        shareChoice.addValueChangeListener(change -> showShares());
        shares.setId("indicator-shares-chart");
        shares.setUnit("%");
        shares.setMaximum(100.0);
        shares.setWidthFull();
        shares.setHeight("340px");

        stars.setId("indicator-stars-chart");
        stars.setStacked(true);
        stars.setWidthFull();
        stars.setHeight("340px");

        var sharesBlock = new Div(sharesTitle, shareChoice, shares);
        var starsBlock = new Div(starsTitle, stars);
        var pair = new FlexLayout(sharesBlock, starsBlock);
        pair.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        pair.setWidthFull();
        pair.getStyle().set("gap", "var(--lumo-space-l)");
        pair.setFlexBasis("480px", sharesBlock, starsBlock);
        pair.setFlexGrow(1, sharesBlock, starsBlock);
        pair.setFlexShrink(1, sharesBlock, starsBlock);
        sharesBlock.setMinWidth("0");
        starsBlock.setMinWidth("0");
        add(countsTitle, countGroup, counts, pair);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        english = UiLanguage.isEnglish(event.getLocale());
        countsTitle.setText(getTranslation("indicators.charts.counts"));
        countGroup.setLabel(getTranslation("indicators.charts.group"));
        countGroup.setItemLabelGenerator(group -> getTranslation(group.labelKey()));
        sharesTitle.setText(getTranslation("indicators.charts.shares"));
        shareChoice.setItemLabelGenerator(share -> getTranslation(share.labelKey()));
        starsTitle.setText(getTranslation("indicators.charts.stars"));
        showCounts();
        showShares();
        showStars();
    }

    /** One series per sub-district, one category per indicator of the chosen group. */
    private void showCounts() {
        List<String> fields = countGroup.getValue().fields();
        counts.show(fields.stream().map(field -> getTranslation("indicator." + field)).toList(),
                perSubDistrict(scope -> fields.stream().map(field -> number(scope.get(field))).toList()));
    }

    /** One series per sub-district, one category per chosen share, in the order the choice lists them. */
    private void showShares() {
        List<ShareIndicator> chosen = Stream.of(ShareIndicator.values())
                .filter(shareChoice.getValue()::contains).toList();
        shares.show(chosen.stream().map(share -> getTranslation(share.labelKey())).toList(),
                perSubDistrict(scope -> chosen.stream().map(share -> share.of(scope)).toList()));
    }

    /** One series per rating, one category per sub-district: how each sub-district's ratings are spread. */
    private void showStars() {
        List<String> names = subDistricts.stream().map(this::name).toList();
        stars.show(names, STAR_FIELDS.stream()
                .map(field -> new IndicatorChart.Series(getTranslation("indicator." + field),
                        values.stream().map(scope -> number(scope.get(field))).toList()))
                .toList());
    }

    private List<IndicatorChart.Series> perSubDistrict(Function<Map<String, Number>, List<Double>> valuesOf) {
        return IntStream.range(0, subDistricts.size())
                .mapToObj(i -> new IndicatorChart.Series(name(subDistricts.get(i)), valuesOf.apply(values.get(i))))
                .toList();
    }

    private String name(SubDistrict subDistrict) {
        return english ? subDistrict.nameEn() : subDistrict.name();
    }

    private static Double number(Number value) {
        return value == null ? null : value.doubleValue();
    }
}
