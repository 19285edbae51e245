package org.troika.explore.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Collection;
import org.troika.graph.SceneQuery;

/** "Show query": the GraphQL request and the Cypher statement that give back the scene drawn, to copy. */
class SceneQueryDialog extends Dialog {

    final TextArea graphQl = area("scene-query-graphql");
    final TextArea graphQlVariables = area("scene-query-variables");
    final TextArea cypher = area("scene-query-cypher");

    private final SceneQuery queries;

    SceneQueryDialog(SceneQuery queries) {
        this.queries = queries;
        setId("scene-query");
        setWidth("min(60rem, 95vw)");
        var close = new Button(VaadinIcon.CLOSE.create(), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        getHeader().add(close);
    }

    /** Fills the dialog for the stakeholders drawn (and the as-of day, if any) and opens it. */
    void open(Collection<String> ids, LocalDate asOf) {
        setHeaderTitle(getTranslation("explore.query.title"));
        graphQl.setValue(SceneQuery.GRAPHQL_DOCUMENT);
        graphQlVariables.setValue(queries.graphQlVariables(ids, asOf));
        cypher.setValue(queries.cypher(ids, asOf));
        removeAll();
        var content = new VerticalLayout(new Paragraph(getTranslation("explore.query.explanation", ids.size())),
                section("GraphQL", graphQl), section(getTranslation("explore.query.variables"), graphQlVariables),
                section("Cypher", cypher));
        content.setPadding(false);
        add(content);
        open();
    }

    private HorizontalLayout section(String title, TextArea area) {
        var copy = new Button(VaadinIcon.COPY.create(), click -> area.getElement()
                .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", area.getValue()));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.setText(getTranslation("explore.query.copy"));
        copy.setId(area.getId().orElseThrow() + "-copy");
        var heading = new HorizontalLayout(new H4(title), copy);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        var section = new HorizontalLayout(new VerticalLayout(heading, area));
        section.setWidthFull();
        return section;
    }

    private static TextArea area(String id) {
        var area = new TextArea();
        area.setId(id);
        area.setReadOnly(true);
        area.setWidthFull();
        area.setMaxHeight("14rem");
        area.addClassName("troika-code");
        return area;
    }
}
