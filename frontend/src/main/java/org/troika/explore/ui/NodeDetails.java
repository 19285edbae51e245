package org.troika.explore.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import org.troika.base.ui.UiLanguage;
import org.troika.fact.FactBook;
import org.troika.graph.GraphNode;
import org.troika.stakeholder.StakeholderKind;

/** What the explorer knows of the selected stakeholder: its names, kind and where that comes from. */
@SpringComponent
@UIScope
public class NodeDetails extends Div {

    final H3 name = new H3();
    final Paragraph kind = new Paragraph();
    final Span illustrative = new Span();
    final UnorderedList provenance = new UnorderedList();

    private final FactBook facts;

    NodeDetails(FactBook facts) {
        this.facts = facts;
        setId("details");
        addClassName("troika-details");
        illustrative.addClassName("troika-badge-illustrative");
        provenance.setId("provenance");
        add(name, kind, illustrative, provenance);
        show(null);
    }

    /** Shows a stakeholder, or a hint to select one for {@code null}. */
    void show(GraphNode node) {
        provenance.removeAll();
        if (node == null) {
            name.setText(getTranslation("details.none"));
            kind.setText("");
            illustrative.setVisible(false);
            return;
        }
        boolean english = UiLanguage.isEnglish(getLocale());
        name.setText(english ? node.nameEn() : node.name() + " · " + node.nameEn());
        kind.setText(StakeholderKind.ofLabel(node.kind())
                .map(k -> english ? k.nameEn() : k.nameZh()).orElse(node.kind()));
        illustrative.setText(getTranslation("details.illustrative"));
        illustrative.setVisible(node.illustrative());
        for (String source : node.provenance()) {
            provenance.add(new ListItem(source(source, english)));
        }
    }

    private String source(String factId, boolean english) {
        if ("illustrative".equals(factId)) {
            return getTranslation("details.illustrative.explained");
        }
        return facts.fact(factId)
                .map(fact -> factId + " · " + (english ? fact.statement() : fact.statementZh()))
                .orElse(factId);
    }
}
