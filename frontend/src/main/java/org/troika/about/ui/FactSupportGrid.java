package org.troika.about.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.troika.about.FactSupport;

/** The facts of the source article, each with its figures and what rests on it, linked to the explorer. */
class FactSupportGrid extends Grid<FactSupport> {

    /** The explorer's address focused on one stakeholder, relative to the application's root. */
    static String explorerLink(String stakeholderId) {
        return "./?focus=" + stakeholderId;
    }

    FactSupportGrid(List<FactSupport> support) {
        setId("about-facts");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setItems(support);
        setAllRowsVisible(true);
    }

    /** Sets the columns for a language; called on every language change. */
    void relabel(boolean english) {
        removeAllColumns();
        addColumn(each -> each.fact().id()).setHeader(getTranslation("about.facts.id")).setKey("id")
                .setWidth("5rem").setFlexGrow(0);
        addColumn(each -> getTranslation("about.case." + each.fact().caseId())).setHeader(getTranslation("about.facts.case"))
                .setKey("case").setAutoWidth(true).setFlexGrow(0);
        addColumn(each -> english ? each.fact().statement() : each.fact().statementZh())
                .setHeader(getTranslation("about.facts.statement")).setKey("statement").setFlexGrow(4);
        addColumn(each -> each.figures().stream().map(FactSupport.Figure::published).collect(Collectors.joining(" · ")))
                .setHeader(getTranslation("about.facts.figures")).setKey("figures").setFlexGrow(1)
                .setTooltipGenerator(each -> each.figures().stream()
                        .map(figure -> (english ? figure.statement() : figure.statementZh()) + ": " + figure.published())
                        .collect(Collectors.joining("\n")));
        addColumn(FactSupport::stakeholders).setHeader(getTranslation("about.facts.stakeholders")).setKey("stakeholders")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(FactSupport::relationships).setHeader(getTranslation("about.facts.relationships")).setKey("relationships")
                .setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(each -> each.example() == null
                ? new Span("—")
                : new Anchor(explorerLink(each.example()), getTranslation("about.facts.show")))
                .setHeader(getTranslation("about.facts.explore")).setKey("explore").setAutoWidth(true).setFlexGrow(0);
    }
}
