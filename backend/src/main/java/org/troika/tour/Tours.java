package org.troika.tour;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.troika.fact.Fact;
import org.troika.fact.FactBook;
import org.troika.glossary.Glossary;
import org.troika.glossary.GlossaryTerm;

/**
 * The guided tours of the tours directory ({@code troika.tours.dir}, default {@code seed/tours}).
 * They are read when the application is ready (after the seed is loaded), again on {@link #reload()},
 * and again by {@link #list()} and {@link #find(String)} whenever a tour file has been added, removed or
 * written since. A broken file never stops the others: it is listed as a tour with its problems.
 */
@Service
@Transactional(readOnly = true)
public class Tours {

    private static final Logger log = LoggerFactory.getLogger(Tours.class);

    private final TourDirectory directory;
    private final TourReader reader;
    private final FactBook factBook;
    private final Glossary glossary;
    private final SceneGraph graph;
    private volatile Loaded loaded;

    @Autowired
    Tours(TourProperties properties, TourReader reader, FactBook factBook, Glossary glossary, SceneGraph graph) {
        this(new TourDirectory(properties.dir()), reader, factBook, glossary, graph);
    }

    Tours(TourDirectory directory, TourReader reader, FactBook factBook, Glossary glossary, SceneGraph graph) {
        this.directory = directory;
        this.reader = reader;
        this.factBook = factBook;
        this.glossary = glossary;
        this.graph = graph;
    }

    /** Every tour, playable or not (see {@link Tour#playable()}), in the order of their file names. */
    public List<Tour> list() {
        return current().tours();
    }

    /** The tour with that id, playable or not. */
    public Optional<Tour> find(String id) {
        return list().stream().filter(tour -> tour.id().equals(id)).findFirst();
    }

    /** Reads the tours directory again, whether or not its files changed. */
    public TourReload reload() {
        Loaded now = load();
        List<Tour> broken = now.tours().stream().filter(tour -> !tour.playable()).toList();
        return new TourReload(now.tours().size(), now.tours().size() - broken.size(), broken);
    }

    /**
     * The stakeholder ids a step shows, as the graph has them now: its listed ids that still exist,
     * or what its named query returns. Empty for a scene whose query is unknown (a broken tour).
     */
    public List<String> sceneIds(TourStep step) {
        return sceneIds(List.of(step.scene())).get(step.scene());
    }

    /** {@link #sceneIds(TourStep)} for many scenes at once, with one lookup for all listed ids. */
    public Map<TourScene, List<String>> sceneIds(Collection<TourScene> scenes) {
        Set<String> existing = graph.existing(scenes.stream().filter(scene -> !scene.fromQuery())
                .flatMap(scene -> scene.nodeIds().stream()).distinct().toList());
        Map<TourScene, List<String>> ids = new LinkedHashMap<>();
        for (TourScene scene : scenes) {
            if (ids.containsKey(scene)) {
                continue;
            }
            if (!scene.fromQuery()) {
                ids.put(scene, scene.nodeIds().stream().filter(existing::contains).distinct().toList());
            } else if (graph.hasScene(scene.query())) {
                ids.put(scene, graph.sceneIds(scene.query(), scene.params()));
            } else {
                ids.put(scene, List.of());
            }
        }
        return ids;
    }

    /** The facts a step cites, with their statements, in the order cited; unknown ids are left out. */
    public List<Fact> facts(TourStep step) {
        return step.factIds().stream().flatMap(id -> factBook.fact(id).stream()).toList();
    }

    /** The glossary terms a step names, in the order named; unknown ids are left out. */
    public List<GlossaryTerm> terms(TourStep step) {
        return step.termIds().stream().flatMap(id -> glossary.term(id).stream()).toList();
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAtStart() {
        load();
    }

    private Loaded current() {
        Loaded now = loaded;
        if (now == null || !now.fingerprint().equals(directory.fingerprint())) {
            now = load();
        }
        return now;
    }

    private synchronized Loaded load() {
        String fingerprint = directory.fingerprint();
        List<Tour> tours = reader.readAll(directory.files());
        Loaded now = new Loaded(fingerprint, tours);
        loaded = now;
        long broken = tours.stream().filter(tour -> !tour.playable()).count();
        log.info("Read {} tours from {}, {} of them with problems", tours.size(), directory.description(), broken);
        tours.stream().flatMap(tour -> tour.problems().stream()).forEach(problem -> log.warn("Tour problem: {}", problem));
        return now;
    }

    /** The tours as read, and the state of the directory they were read from. */
    private record Loaded(String fingerprint, List<Tour> tours) {
    }
}
