package org.troika.explore.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.troika.base.ui.UiLanguage;
import org.troika.change.Change;
import org.troika.change.ChangeLog;
import org.troika.fact.FactBook;
import org.troika.glossary.Glossary;
import org.troika.glossary.GlossaryTerm;
import org.troika.graph.GraphNode;
import org.troika.graph.GraphTraversal;
import org.troika.graph.Link;
import org.troika.stakeholder.StakeholderKind;

/**
 * What the explorer knows of the selected stakeholder: its names and kind, its own properties, its
 * relationships grouped by type with their dates, and where all that comes from.
 */
@SpringComponent
@UIScope
@StyleSheet("styles/tours.css")
public class NodeDetails extends Div {

    /** Properties every stakeholder has or that only serve search and bookkeeping; shown elsewhere or not at all. */
    private static final Set<String> NOT_SHOWN = Set.of("id", "kind", "name", "nameEn", "provenance", "illustrative",
            "version", "searchNames", "searchAliases", "searchPinyin", "searchWords");
    static final int RELATIONSHIP_LIMIT = 200;
    static final int HISTORY_LIMIT = 10;

    final H3 name = new H3();
    final Paragraph kind = new Paragraph();
    final Span illustrative = new Span();
    final UnorderedList properties = new UnorderedList();
    final H4 relationshipsTitle = new H4();
    final Div relationships = new Div();
    final H4 termsTitle = new H4();
    final Div terms = new Div();
    final H4 provenanceTitle = new H4();
    final UnorderedList provenance = new UnorderedList();
    final H4 historyTitle = new H4();
    final UnorderedList history = new UnorderedList();

    private final FactBook facts;
    private final GraphTraversal traversal;
    private final Glossary glossary;
    private final ChangeLog changes;

    NodeDetails(FactBook facts, GraphTraversal traversal, Glossary glossary, ChangeLog changes) {
        this.facts = facts;
        this.traversal = traversal;
        this.glossary = glossary;
        this.changes = changes;
        setId("details");
        addClassName("troika-details");
        illustrative.addClassName("troika-badge-illustrative");
        properties.setId("properties");
        relationships.setId("relationships");
        provenance.setId("provenance");
        terms.setId("details-terms");
        terms.addClassName("troika-details-terms");
        history.setId("details-history");
        add(name, kind, illustrative, termsTitle, terms, properties, relationshipsTitle, relationships, provenanceTitle,
                provenance, historyTitle, history);
        show(null);
    }

    /** Shows a stakeholder, or a hint to select one for {@code null}. */
    void show(GraphNode node) {
        properties.removeAll();
        relationships.removeAll();
        provenance.removeAll();
        history.removeAll();
        terms.removeAll();
        boolean selected = node != null;
        termsTitle.setVisible(false);
        relationshipsTitle.setVisible(selected);
        provenanceTitle.setVisible(selected);
        historyTitle.setVisible(false);
        if (!selected) {
            name.setText(getTranslation("details.none"));
            kind.setText("");
            illustrative.setVisible(false);
            return;
        }
        boolean english = UiLanguage.isEnglish(getLocale());
        name.setText(english ? node.nameEn() : node.name() + " · " + node.nameEn());
        kind.setText(StakeholderKind.ofLabel(node.kind()).map(k -> english ? k.nameEn() : k.nameZh()).orElse(node.kind()));
        illustrative.setText(getTranslation("details.illustrative"));
        illustrative.setVisible(node.illustrative());
        showTerms(node.kind(), english);

        var around = traversal.neighbourhood(node.id(), 1, null, null, RELATIONSHIP_LIMIT, null);
        Map<String, Map<String, Object>> others = around.nodes().stream()
                .collect(Collectors.toMap(other -> (String) other.get("id"), other -> other, (a, b) -> a));
        new TreeMap<>(others.get(node.id())).forEach((property, value) -> {
            if (!NOT_SHOWN.contains(property) && value != null && !(value instanceof List<?> list && list.isEmpty())) {
                properties.add(new ListItem(property + ": " + (value instanceof List<?> list
                        ? list.stream().map(String::valueOf).collect(Collectors.joining("、")) : value)));
            }
        });
        relationshipsTitle.setText(getTranslation("details.relationships", around.relationships().size())
                + (around.truncated() ? " " + getTranslation("details.truncated") : ""));
        around.relationships().stream()
                .collect(Collectors.groupingBy(Link::type, TreeMap::new, Collectors.toList()))
                .forEach((type, links) -> {
                    var list = new UnorderedList();
                    links.forEach(link -> list.add(new ListItem(describe(link, node.id(), others, english))));
                    var group = new Div(new Span(type + " (" + links.size() + ")"), list);
                    group.addClassName("troika-relationship-group");
                    relationships.add(group);
                });
        provenanceTitle.setText(getTranslation("details.provenance"));
        for (String source : node.provenance()) {
            provenance.add(new ListItem(source(source, english)));
        }
        showHistory(node.id());
    }

    /** The edits and imports that made the stakeholder what it is, newest first (seeded ones have none). */
    private void showHistory(String id) {
        var made = changes.history(id, HISTORY_LIMIT);
        historyTitle.setText(getTranslation("details.history"));
        historyTitle.setVisible(!made.isEmpty());
        for (Change change : made) {
            String reason = change.reason() == null || change.reason().isBlank() ? "" : " · " + change.reason();
            history.add(new ListItem(getTranslation("details.history.entry",
                    change.at().toLocalDateTime().withNano(0).toString().replace('T', ' '),
                    getTranslation("details.history." + change.operation().name().toLowerCase(java.util.Locale.ROOT)),
                    change.by(), change.version()) + reason));
        }
    }

    /** Links to the glossary's terms for the stakeholder's kind. */
    private void showTerms(String kindLabel, boolean english) {
        if (StakeholderKind.ofLabel(kindLabel).isEmpty()) {
            return;
        }
        var named = glossary.termsForKind(kindLabel);
        termsTitle.setText(getTranslation("details.terms"));
        termsTitle.setVisible(!named.isEmpty());
        for (GlossaryTerm term : named) {
            var link = new Anchor("glossary#" + term.id(), english ? term.en() : term.zh() + " " + term.pinyin());
            link.setTitle(term.explanation(getLocale()));
            // a full load, so that the glossary opens at the term's anchor
            link.setRouterIgnore(true);
            terms.add(link);
        }
    }

    private static String describe(Link link, String selected, Map<String, Map<String, Object>> others, boolean english) {
        boolean outgoing = link.source().equals(selected);
        Map<String, Object> other = others.get(outgoing ? link.target() : link.source());
        Object label = other == null ? null : (english ? other.get("nameEn") : other.get("name"));
        String dates = link.propertyMap().containsKey("since") || link.propertyMap().containsKey("until")
                ? " [" + link.propertyMap().getOrDefault("since", "…") + " – " + link.propertyMap().getOrDefault("until", "…") + "]"
                : "";
        String role = link.propertyMap().get("role") == null ? "" : " (" + link.propertyMap().get("role") + ")";
        return (outgoing ? "→ " : "← ") + (label == null ? (outgoing ? link.target() : link.source()) : label) + role + dates;
    }

    private String source(String factId, boolean english) {
        if ("illustrative".equals(factId)) {
            return getTranslation("details.illustrative.explained");
        }
        if (factId.startsWith("import:")) {
            return getTranslation("details.import", factId.substring("import:".length()));
        }
        return facts.fact(factId)
                .map(fact -> factId + " · " + (english ? fact.statement() : fact.statementZh()))
                .orElse(factId);
    }
}
