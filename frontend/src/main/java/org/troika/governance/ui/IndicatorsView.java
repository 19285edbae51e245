package org.troika.governance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.troika.base.ui.UiLanguage;
import org.troika.fact.FactCheck;
import org.troika.fact.FactCheckService;
import org.troika.governance.GovernanceService;
import org.troika.governance.Indicators;
import org.troika.graph.GraphService;
import org.troika.graph.SubDistrict;

/** Sub-districts side by side on every indicator, in charts and in a table, and each published figure beside the computed one. */
@AnonymousAllowed
@Route("indicators")
@PageTitle("Troika · Indicators")
public class IndicatorsView extends VerticalLayout implements LocaleChangeObserver {

    /** One indicator across the sub-districts. */
    record IndicatorRow(String field, List<Number> values) {
    }

    final H2 chartsTitle = new H2();
    final IndicatorCharts charts;
    final H2 comparisonTitle = new H2();
    final Grid<IndicatorRow> comparison = new Grid<>();
    final H2 factCheckTitle = new H2();
    final Span factCheckSummary = new Span();
    final Grid<FactCheck> factChecks = new Grid<>();

    private final List<SubDistrict> subDistricts;
    private final List<IndicatorRow> rows;
    private final List<FactCheck> checks;

    public IndicatorsView(GovernanceService governance, GraphService graphs, FactCheckService factCheckService) {
        subDistricts = graphs.subDistricts();
        List<Indicators> indicators = subDistricts.stream()
                .map(subDistrict -> governance.indicators(subDistrict.id(), Set.of()))
                .toList();
        rows = new ArrayList<>();
        if (!indicators.isEmpty()) {
            for (String field : indicators.getFirst().values().keySet()) {
                rows.add(new IndicatorRow(field, indicators.stream().map(each -> each.values().get(field)).toList()));
            }
        }
        checks = factCheckService.checkAll();
        charts = new IndicatorCharts(subDistricts, indicators.stream().map(Indicators::values).toList());

        comparison.setId("indicator-comparison");
        comparison.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        comparison.setItems(rows);
        comparison.setAllRowsVisible(true);
        factChecks.setId("fact-check");
        factChecks.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        factChecks.setItems(checks);
        factChecks.setAllRowsVisible(true);
        factCheckSummary.setId("fact-check-summary");
        add(chartsTitle, charts, comparisonTitle, comparison, factCheckTitle, factCheckSummary, factChecks);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        boolean english = UiLanguage.isEnglish(event.getLocale());
        NumberFormat numbers = NumberFormat.getNumberInstance(english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        numbers.setMaximumFractionDigits(2);

        chartsTitle.setText(getTranslation("indicators.charts"));
        comparisonTitle.setText(getTranslation("indicators.comparison"));
        comparison.removeAllColumns();
        comparison.addColumn(row -> getTranslation("indicator." + row.field()))
                .setHeader(getTranslation("indicators.indicator")).setAutoWidth(true).setFlexGrow(1);
        for (int i = 0; i < subDistricts.size(); i++) {
            int column = i;
            SubDistrict subDistrict = subDistricts.get(i);
            comparison.addColumn(row -> row.values().get(column) == null ? "—" : numbers.format(row.values().get(column)))
                    .setHeader(english ? subDistrict.nameEn() : subDistrict.name())
                    .setKey(subDistrict.id()).setAutoWidth(true);
        }

        factCheckTitle.setText(getTranslation("indicators.factCheck"));
        long holding = checks.stream().filter(FactCheck::holds).count();
        factCheckSummary.setText(getTranslation("indicators.factCheck.summary", holding, checks.size()));
        factChecks.removeAllColumns();
        factChecks.addColumn(FactCheck::factId).setHeader(getTranslation("indicators.fact")).setAutoWidth(true);
        factChecks.addColumn(check -> english ? check.statement() : check.statementZh())
                .setHeader(getTranslation("indicators.figure")).setFlexGrow(1);
        factChecks.addColumn(FactCheck::published).setHeader(getTranslation("indicators.published")).setAutoWidth(true);
        factChecks.addColumn(FactCheck::computed).setHeader(getTranslation("indicators.computed")).setAutoWidth(true);
        factChecks.addColumn(check -> check.holds() ? "✓" : "✗").setHeader(getTranslation("indicators.holds"))
                .setKey("holds").setAutoWidth(true);
    }
}
