package org.troika.tour.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.troika.graph.GraphService;
import org.troika.graph.Subgraph;
import org.troika.tour.TourStep;
import org.troika.tour.Tours;

/** The graph a step shows: the stakeholders its scene names, as the graph has them now, and every relationship among them. */
@SpringComponent
class StepScenes {

    private final Tours tours;
    private final GraphService graphs;

    StepScenes(Tours tours, GraphService graphs) {
        this.tours = tours;
        this.graphs = graphs;
    }

    Subgraph of(TourStep step) {
        return among(tours.sceneIds(step));
    }

    /** The stakeholders with these ids and the relationships between any two of them, in one query. */
    Subgraph among(List<String> ids) {
        return ids.isEmpty() ? Subgraph.EMPTY : graphs.subgraph(ids, null);
    }
}
