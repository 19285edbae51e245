package org.troika.scene;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.troika.access.Allowed;
import org.springframework.transaction.annotation.Transactional;
import org.troika.backup.GraphWrites;
import org.troika.base.NamedQueries;
import org.troika.base.NotFoundException;

/**
 * Saves, lists, finds and deletes the explorer's saved scenes, kept as {@code SavedScene} nodes apart from the
 * stakeholders. Anyone may list and open them; researchers and above save them, and delete their own.
 */
@GraphWrites
@Service
@Transactional
public class SavedScenes {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_ADDRESS_LENGTH = 4_000;

    private final NamedQueries queries;
    private final Neo4jClient neo4j;

    SavedScenes(NamedQueries queries, Neo4jClient neo4j) {
        this.queries = queries;
        this.neo4j = neo4j;
    }

    /**
     * Saves a scene under a new id.
     *
     * @param name 1 to {@value #MAX_NAME_LENGTH} characters, stripped of surrounding space
     * @param address the explorer's query string for the scene, at most {@value #MAX_ADDRESS_LENGTH} characters
     * @param actor who saves it (a user's name, or {@code anonymous}); blank is anonymous
     * @throws IllegalArgumentException naming the problem with the name or the address
     */
    @PreAuthorize(Allowed.RESEARCHER)
    public SavedScene save(String name, String address, String actor) {
        String cleanName = requireName(name);
        String cleanAddress = requireAddress(address);
        String createdBy = actor == null || actor.isBlank() ? "anonymous" : actor.strip();
        return neo4j.query(queries.get("scene/save"))
                .bindAll(Map.of("id", UUID.randomUUID().toString(), "name", cleanName, "address", cleanAddress,
                        "createdAt", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), "createdBy", createdBy))
                .fetchAs(SavedScene.class).mappedBy((types, row) -> scene(row.get("scene")))
                .one().orElseThrow();
    }

    /** Every saved scene, the newest first. */
    @Transactional(readOnly = true)
    public List<SavedScene> list() {
        return List.copyOf(neo4j.query(queries.get("scene/list"))
                .fetchAs(SavedScene.class).mappedBy((types, row) -> scene(row.get("scene"))).all());
    }

    @Transactional(readOnly = true)
    public Optional<SavedScene> find(String id) {
        return neo4j.query(queries.get("scene/find")).bind(id).to("id")
                .fetchAs(SavedScene.class).mappedBy((types, row) -> scene(row.get("scene"))).one();
    }

    /**
     * Deletes a saved scene of {@code user}, or of anyone when {@code anyones}.
     *
     * @throws NotFoundException     when no saved scene has that id
     * @throws AccessDeniedException when the scene is someone else's and not {@code anyones}
     */
    @PreAuthorize(Allowed.RESEARCHER)
    public void delete(String id, String user, boolean anyones) {
        SavedScene scene = find(id).orElseThrow(() -> new NotFoundException("saved scene", id));
        if (!anyones && !scene.createdBy().equals(user)) {
            throw new AccessDeniedException("saved scene '" + id + "' is " + scene.createdBy() + "'s; only they or an admin may delete it");
        }
        long deleted = neo4j.query(queries.get("scene/delete")).bind(id).to("id").fetchAs(Long.class).one().orElse(0L);
        if (deleted == 0) {
            throw new NotFoundException("saved scene", id);
        }
    }

    private static String requireName(String name) {
        String stripped = name == null ? "" : name.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length == 0) {
            throw new IllegalArgumentException("A saved scene needs a name");
        }
        if (length > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A saved scene's name is at most " + MAX_NAME_LENGTH + " characters, was " + length);
        }
        return stripped;
    }

    private static String requireAddress(String address) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("A saved scene needs an address");
        }
        if (address.length() > MAX_ADDRESS_LENGTH) {
            throw new IllegalArgumentException("A saved scene's address is at most " + MAX_ADDRESS_LENGTH + " characters, was "
                    + address.length());
        }
        return address;
    }

    private static SavedScene scene(Value value) {
        return new SavedScene(value.get("id").asString(), value.get("name").asString(), value.get("address").asString(),
                value.get("createdAt").asOffsetDateTime(), value.get("createdBy").asString());
    }
}
