package org.troika.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The backup file: gzip'd JSON lines, read and written a line at a time so that a graph of any size passes in
 * bounded memory. The first line is the header ({@code format}, {@code formatVersion}, {@code troikaVersion},
 * {@code createdAt}, {@code nodes}, {@code relationships}); then one line per node
 * ({@code {"node": key, "labels": […], "properties": {…}}}), then one per relationship
 * ({@code {"relationship": type, "start": key, "end": key, "properties": {…}}}); the last line
 * ({@code {"end": true, "nodes": n, "relationships": m}}) shows the file is whole. Property values keep their
 * Neo4j types as {@link BackupValues} describes.
 */
final class BackupFile {

    static final String FORMAT = "troika-backup";
    static final int FORMAT_VERSION = 1;
    /** The file name ending of a backup. */
    static final String EXTENSION = ".troika-backup.jsonl.gz";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BackupFile() {
    }

    /** The first line of a backup. */
    record Header(int formatVersion, String troikaVersion, String createdAt, long nodes, long relationships) {
    }

    /** A node or a relationship of the backup. */
    sealed interface Entry permits NodeEntry, RelationshipEntry {
    }

    record NodeEntry(String key, List<String> labels, Map<String, Object> properties) implements Entry {
    }

    record RelationshipEntry(String type, String start, String end, Map<String, Object> properties) implements Entry {
    }

    /** Writes a backup line by line; {@link #end} finishes the file. */
    static final class Out implements Closeable {

        private final GZIPOutputStream gzip;
        private final Writer writer;

        Out(OutputStream out) throws IOException {
            this.gzip = new GZIPOutputStream(out, 64 * 1024);
            this.writer = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8), 64 * 1024);
        }

        void header(Header header) throws IOException {
            line(NODES.objectNode().put("format", FORMAT).put("formatVersion", header.formatVersion())
                    .put("troikaVersion", header.troikaVersion()).put("createdAt", header.createdAt())
                    .put("nodes", header.nodes()).put("relationships", header.relationships()));
        }

        void node(String key, List<String> labels, Map<String, Object> properties) throws IOException {
            ArrayNode labelArray = NODES.arrayNode();
            labels.forEach(labelArray::add);
            ObjectNode line = NODES.objectNode().put("node", key);
            line.set("labels", labelArray);
            line.set("properties", BackupValues.properties(properties));
            line(line);
        }

        void relationship(String type, String start, String end, Map<String, Object> properties) throws IOException {
            ObjectNode line = NODES.objectNode().put("relationship", type).put("start", start).put("end", end);
            line.set("properties", BackupValues.properties(properties));
            line(line);
        }

        void end(long nodes, long relationships) throws IOException {
            line(NODES.objectNode().put("end", true).put("nodes", nodes).put("relationships", relationships));
            writer.flush();
            gzip.finish();
        }

        private void line(ObjectNode line) throws IOException {
            writer.write(JSON.writeValueAsString(line));
            writer.write('\n');
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    /**
     * Reads a backup line by line, checking each: {@link #next} returns the nodes, then the relationships, then
     * {@code null} once the last line confirmed the counts.
     *
     * @throws BackupFileException naming the file, the line and the problem
     */
    static final class In implements Closeable {

        private final String name;
        private final BufferedReader reader;
        private final Header header;
        private long line;
        private long nodes;
        private long relationships;
        private boolean ended;

        In(InputStream in, String name) {
            this.name = name;
            try {
                var decoder = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
                this.reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 64 * 1024), decoder), 64 * 1024);
            } catch (ZipException e) {
                throw new BackupFileException(name + " is not a Troika backup: it is not gzip-compressed", e);
            } catch (EOFException e) {
                throw new BackupFileException(name + " is not a Troika backup: it is empty", e);
            } catch (IOException e) {
                throw new BackupFileException(name + " cannot be read: " + e.getMessage(), e);
            }
            this.header = readHeader();
        }

        Header header() {
            return header;
        }

        Entry next() {
            if (ended) {
                return null;
            }
            JsonNode json = nextLine();
            if (json == null) {
                throw problem("is truncated: it ends after " + line + " lines, without the backup's last line");
            }
            try {
                if (json.has("node")) {
                    if (relationships > 0) {
                        throw new IllegalArgumentException("a node after the relationships");
                    }
                    nodes++;
                    return new NodeEntry(text(json, "node"), labels(json.get("labels")),
                            BackupValues.properties(json.get("properties")));
                }
                if (json.has("relationship")) {
                    relationships++;
                    return new RelationshipEntry(text(json, "relationship"), text(json, "start"), text(json, "end"),
                            BackupValues.properties(json.get("properties")));
                }
                if (json.has("end")) {
                    end(json);
                    return null;
                }
                throw new IllegalArgumentException("neither a node, a relationship nor the last line");
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw problem("line " + line + ": " + e.getMessage(), e);
            }
        }

        private Header readHeader() {
            JsonNode json = nextLine();
            if (json == null || !FORMAT.equals(json.path("format").asString(""))) {
                throw problem("is not a Troika backup: its first line does not name the format \"" + FORMAT + "\"");
            }
            int version = json.path("formatVersion").asInt(0);
            if (version < 1 || version > FORMAT_VERSION) {
                throw problem("has backup format version " + json.path("formatVersion")
                        + ", which this Troika cannot read (it reads version " + FORMAT_VERSION + ")");
            }
            JsonNode nodeCount = json.get("nodes");
            JsonNode relationshipCount = json.get("relationships");
            if (nodeCount == null || !nodeCount.isIntegralNumber() || relationshipCount == null || !relationshipCount.isIntegralNumber()) {
                throw problem("line 1: the header lacks the counts of nodes and relationships");
            }
            return new Header(version, json.path("troikaVersion").asString(""), json.path("createdAt").asString(""),
                    nodeCount.longValue(), relationshipCount.longValue());
        }

        private void end(JsonNode json) {
            long endNodes = json.path("nodes").asLong(-1);
            long endRelationships = json.path("relationships").asLong(-1);
            if (endNodes != nodes || endRelationships != relationships || nodes != header.nodes()
                    || relationships != header.relationships()) {
                throw new IllegalArgumentException("the file holds " + nodes + " nodes and " + relationships
                        + " relationships, but its header counts " + header.nodes() + " and " + header.relationships()
                        + " and its last line " + endNodes + " and " + endRelationships);
            }
            ended = true;
            if (nextLine() != null) {
                throw new IllegalArgumentException("lines follow the backup's last line");
            }
        }

        private JsonNode nextLine() {
            String text;
            try {
                text = reader.readLine();
            } catch (EOFException e) {
                throw problem("is truncated: it ends in the middle of line " + (line + 1), e);
            } catch (CharacterCodingException e) {
                throw problem("line " + (line + 1) + " is not UTF-8 text", e);
            } catch (ZipException e) {
                throw problem("is damaged: " + e.getMessage(), e);
            } catch (IOException | UncheckedIOException e) {
                throw problem("cannot be read after line " + line + ": " + e.getMessage(), e);
            }
            if (text == null) {
                return null;
            }
            line++;
            try {
                JsonNode json = JSON.readTree(text);
                if (json == null || !json.isObject()) {
                    throw problem("line " + line + " is not a JSON object");
                }
                return json;
            } catch (JacksonException e) {
                throw problem("line " + line + " is not valid JSON: " + e.getOriginalMessage(), e);
            }
        }

        private static String text(JsonNode json, String field) {
            JsonNode value = json.get(field);
            if (value == null || !value.isString() || value.stringValue().isEmpty()) {
                throw new IllegalArgumentException("\"" + field + "\" must be a non-empty string");
            }
            return value.stringValue();
        }

        private static List<String> labels(JsonNode json) {
            if (json == null || !json.isArray()) {
                throw new IllegalArgumentException("\"labels\" must be a list of strings");
            }
            List<String> labels = new ArrayList<>(json.size());
            for (JsonNode label : json) {
                if (!label.isString() || label.stringValue().isEmpty()) {
                    throw new IllegalArgumentException("\"labels\" must be a list of non-empty strings");
                }
                labels.add(label.stringValue());
            }
            return labels;
        }

        private BackupFileException problem(String problem) {
            return new BackupFileException(name + " " + problem);
        }

        private BackupFileException problem(String problem, Throwable cause) {
            return new BackupFileException(name + " " + problem, cause);
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
