package org.troika.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.List;
import java.util.Map;
import org.troika.base.ui.UiLanguage;
import org.troika.graph.GraphTraversal;
import org.troika.graph.Subgraph;
import org.troika.graph.ui.GraphCanvas;

/** An estate's three carriages as a graph: the estate, its area and party organisation, firms, committees and joint meeting. */
@SpringComponent
@UIScope
public class EstateGraphDialog extends Dialog {

    static final List<String> CARRIAGE_RELATIONSHIPS = List.of("LOCATED_IN", "LEADS", "SERVES", "REPRESENTS", "CONVENES", "MEETS_IN");
    static final List<String> CARRIAGE_KINDS = List.of("ResidentsCommittee", "VillageCommittee", "PreparatoryGroup",
            "ResidentialPartyOrganisation", "PropertyFirm", "OwnersCommittee", "JointMeeting");

    final GraphCanvas canvas = new GraphCanvas();
    private final GraphTraversal traversal;

    EstateGraphDialog(GraphTraversal traversal) {
        this.traversal = traversal;
        setId("estate-graph");
        setWidth("80vw");
        setHeight("80vh");
        var stage = new Div(canvas);
        stage.addClassName("troika-stage");
        stage.setSizeFull();
        add(stage);
        var close = new Button(getTranslation("estates.close"), click -> close());
        close.setId("estate-graph-close");
        getFooter().add(close);
    }

    void open(Map<String, Object> estate) {
        boolean english = UiLanguage.isEnglish(getLocale());
        setHeaderTitle(EstateRow.label(estate, english));
        var neighbourhood = traversal.neighbourhood((String) estate.get("id"), 2, CARRIAGE_RELATIONSHIPS, CARRIAGE_KINDS, 60, null);
        canvas.show(Subgraph.of(neighbourhood), node -> english ? node.nameEn() : node.name());
        open();
    }
}
