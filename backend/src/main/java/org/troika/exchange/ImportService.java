package org.troika.exchange;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.troika.backup.GraphWrites;
import org.troika.access.Allowed;
import org.troika.base.NamedQueries;
import org.troika.change.Actor;
import org.troika.search.SearchKeys;
import org.troika.write.GraphWriter;
import org.troika.write.RelationshipRow;
import org.troika.write.StakeholderRow;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports stakeholders and relationships from staff spreadsheets (CSV, XLSX, or a zip of them, an export's zip
 * too), all or nothing: every problem is found before anything is written, and a file with any problem writes
 * nothing. Records are written through the {@link GraphWriter}, by id (relationships by start, type and end), so importing a file again changes
 * nothing. What an import creates or changes carries the provenance {@code import:<batch id>}, gets a
 * {@code Change} in the history and fresh search keys; the batch is an {@code ImportBatch} node.
 */
@GraphWrites
@Service
public class ImportService {

    /** The largest upload an import reads. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** The provenance entry prefix of imported records: {@code import:<batch id>}. */
    public static final String PROVENANCE_PREFIX = "import:";
    private static final int BATCH = 1_000;

    private final ImportSchema schema;
    private final NamedQueries queries;
    private final Neo4jClient neo4j;
    private final SearchKeys searchKeys;
    private final GraphWriter writer;

    ImportService(ImportSchema schema, NamedQueries queries, Neo4jClient neo4j, SearchKeys searchKeys, GraphWriter writer) {
        this.schema = schema;
        this.neo4j = neo4j;
        this.queries = queries;
        this.searchKeys = searchKeys;
        this.writer = writer;
    }

    /** An import batch as recorded. */
    public record Batch(String id, String file, String by, boolean authenticated, ZonedDateTime at, Map<String, Long> counts) {
    }

    /**
     * Checks the file and, unless {@code dryRun} or it has problems, writes it in this one transaction.
     *
     * @throws ImportUnreadableException when the file is too large, empty, of another format or broken
     */
    @Transactional
    @PreAuthorize(Allowed.STAFF)
    public ImportReport importFile(String fileName, byte[] content, boolean dryRun, Actor actor) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        if (content.length > MAX_BYTES) {
            throw new ImportUnreadableException(name + " is " + content.length + " bytes, more than the " + MAX_BYTES + " bytes (20 MB) an import takes");
        }
        ImportRecords records = ImportParser.parse(ImportFiles.read(name, content), schema);
        List<ImportProblem> problems = records.problems();
        Map<String, Existing> stakeholders = existingStakeholders(records);
        checkAgainstGraph(records, stakeholders, problems);
        Map<String, Map<String, Object>> relationships = existingRelationships(records);

        String batchId = UUID.randomUUID().toString();
        String provenanceEntry = PROVENANCE_PREFIX + batchId;
        List<StakeholderRow> nodeRows = new ArrayList<>();
        List<RelationshipRow> relationshipRows = new ArrayList<>();
        List<Map<String, Object>> changes = new ArrayList<>();
        int[] nodeCounts = new int[3];
        int[] relationshipCounts = new int[3];
        for (ImportRecords.Node node : records.nodes()) {
            Existing existing = stakeholders.get(node.id());
            Map<String, Object> before = existing == null ? Map.of() : existing.properties();
            Map<String, Object> changed = changes(node.properties(), before);
            boolean labelsMissing = existing != null && !existing.labels().containsAll(node.labels());
            int outcome = existing == null ? 0 : changed.isEmpty() && !labelsMissing ? 2 : 1;
            nodeCounts[outcome]++;
            if (outcome == 2) {
                continue;
            }
            Map<String, Object> properties = new HashMap<>(changed);
            properties.put("provenance", provenance(node.properties(), before, provenanceEntry));
            properties.put("kind", node.kind());
            long version = number(before.get("version")) + 1;
            properties.put("version", version);
            Map<String, Object> merged = new HashMap<>(before);
            merged.putAll(properties);
            properties.putAll(searchKeys.properties(text(merged.get("name")), text(merged.get("nameEn")), texts(merged.get("aliases"))));
            nodeRows.add(new StakeholderRow(node.id(), node.labels(), properties));
            changes.add(change(actor, existing == null, node.id(), node.kind(), version, name, batchId,
                    properties.get("provenance"), changed, before));
        }
        for (ImportRecords.Relationship relationship : records.relationships()) {
            Map<String, Object> before = relationships.getOrDefault(relationship.id(), Map.of());
            boolean created = !relationships.containsKey(relationship.id());
            Map<String, Object> changed = changes(relationship.properties(), before);
            int outcome = created ? 0 : changed.isEmpty() ? 2 : 1;
            relationshipCounts[outcome]++;
            if (outcome == 2) {
                continue;
            }
            Map<String, Object> properties = new HashMap<>(changed);
            properties.put("provenance", provenance(relationship.properties(), before, provenanceEntry));
            properties.put("id", relationship.id());
            long revision = number(before.get("revision")) + 1;
            properties.put("revision", revision);
            relationshipRows.add(new RelationshipRow(relationship.start(), relationship.type(), relationship.end(), properties));
            changes.add(change(actor, created, relationship.id(), relationship.type(), revision, name, batchId,
                    properties.get("provenance"), changed, before));
        }
        var stakeholderCounts = new ImportCounts(nodeCounts[0], nodeCounts[1], nodeCounts[2]);
        var relationshipCountsReport = new ImportCounts(relationshipCounts[0], relationshipCounts[1], relationshipCounts[2]);
        if (dryRun || !problems.isEmpty()) {
            return new ImportReport(name, dryRun, false, null, stakeholderCounts, relationshipCountsReport, sorted(problems));
        }
        writer.writeStakeholders(nodeRows);
        writer.writeRelationships(relationshipRows);
        runInBatches("change/record", "changes", changes);
        Map<String, Object> batch = new HashMap<>();
        batch.put("id", batchId);
        batch.put("file", name);
        batch.put("by", actor.name());
        batch.put("authenticated", actor.authenticated());
        batch.put("stakeholdersCreated", stakeholderCounts.created());
        batch.put("stakeholdersUpdated", stakeholderCounts.updated());
        batch.put("stakeholdersUnchanged", stakeholderCounts.unchanged());
        batch.put("relationshipsCreated", relationshipCountsReport.created());
        batch.put("relationshipsUpdated", relationshipCountsReport.updated());
        batch.put("relationshipsUnchanged", relationshipCountsReport.unchanged());
        run("exchange/import-batch", Map.of("batch", batch));
        return new ImportReport(name, false, true, batchId, stakeholderCounts, relationshipCountsReport, List.of());
    }

    /** The imports written so far, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Allowed.STAFF)
    public List<Batch> batches(int first) {
        return List.copyOf(neo4j.query(queries.get("exchange/import-batches")).bind(first).to("first")
                .fetchAs(Batch.class)
                .mappedBy((types, row) -> {
                    Map<String, Object> batch = row.get("batch").asMap();
                    Map<String, Long> counts = new TreeMap<>();
                    batch.forEach((key, value) -> {
                        if (key.startsWith("stakeholders") || key.startsWith("relationships")) {
                            counts.put(key, ((Number) value).longValue());
                        }
                    });
                    return new Batch((String) batch.get("id"), (String) batch.get("file"), (String) batch.get("by"),
                            Boolean.TRUE.equals(batch.get("authenticated")), (ZonedDateTime) batch.get("at"), counts);
                })
                .all());
    }

    private record Existing(List<String> labels, Map<String, Object> properties) {
    }

    private Map<String, Existing> existingStakeholders(ImportRecords records) {
        Set<String> ids = new LinkedHashSet<>();
        records.nodes().forEach(node -> ids.add(node.id()));
        records.relationships().forEach(relationship -> {
            ids.add(relationship.start());
            ids.add(relationship.end());
        });
        Map<String, Existing> existing = new HashMap<>();
        neo4j.query(queries.get("exchange/import-existing-stakeholders")).bind(List.copyOf(ids)).to("ids")
                .fetch().all().forEach(row -> existing.put((String) row.get("id"), new Existing(
                        strings(row.get("labels")), Map.copyOf(withoutNulls(row.get("properties"))))));
        return existing;
    }

    private Map<String, Map<String, Object>> existingRelationships(ImportRecords records) {
        var keys = records.relationships().stream()
                .map(relationship -> Map.of("start", relationship.start(), "type", relationship.type(), "end", relationship.end()))
                .toList();
        Map<String, Map<String, Object>> existing = new HashMap<>();
        neo4j.query(queries.get("exchange/import-existing-relationships")).bind(keys).to("rows")
                .fetchAs(Map.Entry.class)
                .mappedBy((types, row) -> Map.entry(row.get("start").asString() + "-" + row.get("type").asString() + "-"
                        + row.get("end").asString(), row.get("properties").asMap()))
                .all().forEach(entry -> existing.put((String) entry.getKey(), castMap(entry.getValue())));
        return existing;
    }

    /** Checks what needs the graph: references, a stakeholder's kind, a new stakeholder's name. */
    private static void checkAgainstGraph(ImportRecords records, Map<String, Existing> stakeholders, List<ImportProblem> problems) {
        Set<String> inFile = new LinkedHashSet<>();
        records.nodes().forEach(node -> inFile.add(node.id()));
        for (ImportRecords.Node node : records.nodes()) {
            Existing existing = stakeholders.get(node.id());
            if (existing != null && !node.kind().equals(existing.properties().get("kind"))) {
                problems.add(node.place().problem(node.labelColumn(), "kind change: '" + node.id() + "' is "
                        + existing.properties().get("kind") + " in the graph, the file gives " + node.kind()));
            }
            boolean nameGiven = node.properties().get("name") instanceof String name && !name.isBlank();
            if (!nameGiven && (existing == null || node.properties().containsKey("name"))) {
                problems.add(node.place().problem("name", "missing name for the new stakeholder '" + node.id() + "'"));
            }
        }
        for (ImportRecords.Relationship relationship : records.relationships()) {
            if (!inFile.contains(relationship.start()) && !stakeholders.containsKey(relationship.start())) {
                problems.add(relationship.place().problem(relationship.startColumn(), unknownReference(relationship.start())));
            }
            if (!inFile.contains(relationship.end()) && !stakeholders.containsKey(relationship.end())) {
                problems.add(relationship.place().problem(relationship.endColumn(), unknownReference(relationship.end())));
            }
        }
    }

    private static String unknownReference(String id) {
        return "unknown reference: no stakeholder '" + id + "' in the file or the graph";
    }

    /**
     * The properties of the file that differ from the graph's (null for one to remove). Provenance is compared
     * without its import entries: a record imported before and unchanged since is unchanged.
     */
    private static Map<String, Object> changes(Map<String, Object> file, Map<String, Object> graph) {
        Map<String, Object> changed = new LinkedHashMap<>();
        file.forEach((property, value) -> {
            Object current = graph.get(property);
            boolean same = property.equals("provenance")
                    ? withoutImports(value).equals(withoutImports(current))
                    : Objects.equals(value, current);
            if (!same) {
                changed.put(property, value);
            }
        });
        return changed;
    }

    /** The file's provenance (or else the graph's), without earlier imports, and this import. */
    private static List<String> provenance(Map<String, Object> file, Map<String, Object> graph, String entry) {
        List<String> provenance = new ArrayList<>(withoutImports(file.containsKey("provenance") ? file.get("provenance") : graph.get("provenance")));
        provenance.add(entry);
        return provenance;
    }

    private static List<String> withoutImports(Object provenance) {
        return texts(provenance).stream().filter(entry -> !entry.startsWith(PROVENANCE_PREFIX)).toList();
    }

    private static Map<String, Object> change(Actor actor, boolean created, String targetId, String targetKind, long version,
                                              String file, String batchId, Object provenance,
                                              Map<String, Object> changed, Map<String, Object> graph) {
        Map<String, Object> before = new TreeMap<>();
        changed.keySet().forEach(property -> before.put(property, graph.get(property)));
        Map<String, Object> entry = new HashMap<>();
        entry.put("id", UUID.randomUUID().toString());
        entry.put("by", actor.name());
        entry.put("authenticated", actor.authenticated());
        entry.put("operation", created ? "ADD" : "UPDATE");
        entry.put("targetId", targetId);
        entry.put("targetKind", targetKind);
        entry.put("version", version);
        entry.put("reason", "import of " + file);
        entry.put("provenance", provenance);
        entry.put("importBatch", batchId);
        entry.put("before", created ? null : json(before));
        entry.put("after", json(changed));
        return entry;
    }

    /** Properties as a JSON object with sorted keys, dates as ISO strings, as the history keeps them. */
    private static String json(Map<String, Object> properties) {
        Map<String, Object> sorted = new TreeMap<>();
        properties.forEach((key, value) -> sorted.put(key, value instanceof LocalDate date ? date.toString() : value));
        return JsonMapper.shared().writeValueAsString(sorted);
    }

    /** Runs a query over the rows a thousand at a time, all in the import's one transaction. */
    private void runInBatches(String query, String parameter, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            run(query, Map.of(parameter, rows.subList(from, Math.min(rows.size(), from + BATCH))));
        }
    }

    private void run(String query, Map<String, Object> parameters) {
        neo4j.query(queries.get(query)).bindAll(parameters).run();
    }

    private static List<ImportProblem> sorted(List<ImportProblem> problems) {
        return problems.stream().sorted(java.util.Comparator.comparing(ImportProblem::file).thenComparingInt(ImportProblem::row)
                .thenComparing(ImportProblem::column)).toList();
    }

    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }

    private static String text(Object value) {
        return value instanceof String text ? text : null;
    }

    private static List<String> texts(Object value) {
        return value instanceof Collection<?> list ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList() : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object map) {
        return (Map<String, Object>) map;
    }

    private static List<String> strings(Object value) {
        return value instanceof Value driverValue ? driverValue.asList(Value::asString) : texts(value);
    }

    private static Map<String, Object> withoutNulls(Object properties) {
        Map<String, Object> map = new HashMap<>();
        if (properties instanceof Map<?, ?> given) {
            given.forEach((key, value) -> {
                if (value != null) {
                    map.put((String) key, value);
                }
            });
        }
        return map;
    }
}
