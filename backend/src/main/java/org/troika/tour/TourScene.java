package org.troika.tour;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the graph shows at a step: either listed stakeholder ids or a named query of
 * {@code cypher/queries/tour/scenes/} that returns them; {@link Tours#sceneIds(TourStep)} resolves both.
 *
 * @param nodeIds      the stakeholder ids to show; empty when the scene is a query
 * @param query        the named query's name under {@code tour/scenes/} ({@code red-committees}), or null
 * @param params       the query's parameters; empty when none or for listed ids
 * @param highlightIds the stakeholders drawn highlighted, among those shown
 * @param layout       how the graph is laid out
 * @param focusId      the stakeholder the view centres on, among those shown
 */
public record TourScene(List<String> nodeIds, String query, Map<String, Object> params, List<String> highlightIds,
        Layout layout, String focusId) {

    public TourScene {
        nodeIds = List.copyOf(nodeIds);
        // a parameter may be null on purpose ("all statuses"), which Map.copyOf refuses
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        highlightIds = List.copyOf(highlightIds);
    }

    /** Whether the stakeholders come from a named query rather than a list. */
    public boolean fromQuery() {
        return query != null;
    }

    /** The layouts the tour player offers. */
    public enum Layout {
        FORCE, RADIAL, HIERARCHICAL
    }
}
