package org.troika.governance.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.troika.base.ui.UiLanguage;
import org.troika.governance.GovernanceService;
import org.troika.graph.GraphService;
import org.troika.graph.SubDistrict;
import org.troika.stakeholder.StakeholderQueries;

/** Every estate with its three carriages, lazily paged from the database; a row opens the estate's graph. */
@AnonymousAllowed
@Route("estates")
@PageTitle("Troika · Estates")
public class EstatesView extends VerticalLayout implements LocaleChangeObserver {

    enum Completeness { ALL, COMPLETE, INCOMPLETE }

    final ComboBox<SubDistrict> subDistrict = new ComboBox<>();
    final Select<Completeness> completeness = new Select<>();
    final TextField name = new TextField();
    final Grid<EstateRow> grid = new Grid<>();
    final EstateGraphDialog graphDialog;

    private final StakeholderQueries stakeholders;
    private final GovernanceService governance;

    public EstatesView(StakeholderQueries stakeholders, GovernanceService governance, GraphService graphs,
                       EstateGraphDialog graphDialog) {
        this.stakeholders = stakeholders;
        this.governance = governance;
        this.graphDialog = graphDialog;
        setSizeFull();

        subDistrict.setId("estates-sub-district");
        subDistrict.setItems(graphs.subDistricts());
        subDistrict.setClearButtonVisible(true);
        completeness.setId("estates-completeness");
        completeness.setItems(Completeness.values());
        completeness.setValue(Completeness.ALL);
        name.setId("estates-name");
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        subDistrict.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        completeness.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        name.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.setId("estates-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(this::fetch, query -> (int) stakeholders.count("Estate", where()));
        grid.addItemClickListener(click -> graphDialog.open(click.getItem().estate()));

        var filters = new HorizontalLayout(subDistrict, completeness, name);
        filters.setAlignItems(Alignment.BASELINE);
        add(filters, grid);
        expand(grid);
    }

    private Stream<EstateRow> fetch(Query<EstateRow, Void> query) {
        List<Map<String, Object>> orderBy = query.getSortOrders().stream()
                .map(order -> Map.<String, Object>of("field", order.getSorted(),
                        "direction", order.getDirection() == SortDirection.DESCENDING ? "DESC" : "ASC"))
                .toList();
        var page = stakeholders.page("Estate", where(), orderBy, query.getOffset(), query.getLimit());
        var carriages = governance.threeCarriages(page.stream().map(estate -> (String) estate.get("id")).toList(), null);
        return page.stream().map(estate -> new EstateRow(estate, carriages.get((String) estate.get("id"))));
    }

    private Map<String, Object> where() {
        Map<String, Object> where = new HashMap<>();
        if (subDistrict.getValue() != null) {
            where.put("subDistrict", subDistrict.getValue().id());
        }
        if (completeness.getValue() == Completeness.COMPLETE || completeness.getValue() == Completeness.INCOMPLETE) {
            where.put("carriagesComplete", completeness.getValue() == Completeness.COMPLETE);
        }
        if (!name.getValue().isBlank()) {
            where.put("nameContains", name.getValue().strip());
        }
        return where;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        boolean english = UiLanguage.isEnglish(event.getLocale());
        subDistrict.setLabel(getTranslation("estates.subDistrict"));
        subDistrict.setItemLabelGenerator(item -> english ? item.nameEn() : item.name());
        completeness.setLabel(getTranslation("estates.completeness"));
        completeness.setItemLabelGenerator(item -> getTranslation("estates.completeness." + item.name().toLowerCase(Locale.ROOT)));
        name.setLabel(getTranslation("estates.name"));

        grid.removeAllColumns();
        grid.addColumn(row -> row.name(english)).setHeader(getTranslation("estates.estate"))
                .setSortProperty(english ? "nameEn" : "name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(row -> row.carriages().area() == null ? "—" : EstateRow.label(row.carriages().area(), english))
                .setHeader(getTranslation("estates.area")).setAutoWidth(true);
        grid.addColumn(row -> EstateRow.labels(row.carriages().partyOrganisations(), english))
                .setHeader(getTranslation("estates.partyOrganisation")).setAutoWidth(true);
        grid.addColumn(row -> EstateRow.labels(row.carriages().propertyFirms(), english))
                .setHeader(getTranslation("estates.propertyFirm")).setAutoWidth(true);
        grid.addColumn(row -> EstateRow.labels(row.carriages().ownersCommittees(), english))
                .setHeader(getTranslation("estates.ownersCommittee")).setAutoWidth(true);
        grid.addColumn(row -> row.carriages().jointMeetings().isEmpty() ? "—" : "✓")
                .setHeader(getTranslation("estates.jointMeeting")).setAutoWidth(true);
        grid.addColumn(row -> row.carriages().committeeMembers() == 0 ? "—"
                        : row.carriages().partyMembersOnCommittees() + " / " + row.carriages().committeeMembers())
                .setHeader(getTranslation("estates.partyMembers")).setAutoWidth(true);
        grid.addColumn(row -> stars(row)).setHeader(getTranslation("estates.rating")).setAutoWidth(true);
        grid.addColumn(row -> row.carriages().complete() ? "✓"
                        : String.join(", ", row.carriages().missing().stream()
                                .map(part -> getTranslation("estates.missing." + part)).toList()))
                .setHeader(getTranslation("estates.complete")).setKey("complete").setAutoWidth(true);
        grid.sort(GridSortOrder.asc(grid.getColumns().getFirst()).build());
    }

    private String stars(EstateRow row) {
        if (row.carriages().stars() == null) {
            return row.carriages().redCommittee() ? getTranslation("estates.red") : "—";
        }
        String stars = "★".repeat(row.carriages().stars());
        return row.carriages().redCommittee() ? stars + " " + getTranslation("estates.red") : stars;
    }
}
