package org.troika.base.web;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile and broken requests of {@link HostileInputTests}, by group: read from {@code hostile/} in the test
 * resources, and generated from the running schema (every text argument of every query and mutation, with every
 * injection string) and as broken files. Each case says what answer it must get.
 */
final class HostileCorpus {

    /** What a case must be answered with; never a 5xx, never anything internal. */
    enum Expect {
        /** GraphQL errors, each with a message and a classification. */
        GRAPHQL_ERROR,
        /** A query a caller may legitimately ask with this text (a search finding nothing, null for an unknown id), or typed errors. */
        ANSWER_OR_GRAPHQL_ERROR,
        /** A mutation refused: GraphQL errors, or its payload's typed errors; nothing written. */
        MUTATION_REFUSED,
        /** A 4xx with a JSON body naming the problem ({@code error}, or GraphQL {@code errors}). */
        HTTP_ERROR,
        /** An import: a 4xx naming the problem, or a dry-run report that wrote nothing. */
        IMPORT_REFUSED_OR_DRY
    }

    record Case(String group, String name, Supplier<HttpRequest> request, Expect expect, List<String> echoes) {
    }

    static final String KNOWN_ID = "xianxia";
    static final String UNKNOWN_ID = "no-such-stakeholder-4711";
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Query arguments that must be valid for the query to reach the argument under attack. */
    private static final Map<String, Object> GOOD_QUERY_VALUES = Map.of(
            "fromKind", "Estate", "toKind", "PartyOrganisation", "kinds", List.of("Estate"),
            "relationshipTypes", List.of("SERVES"), "text", "仙霞", "query", "仙霞");

    /** The first injections of hostile/injections.json, which every text argument of every query meets. */
    private static final int CORE_INJECTIONS = 6;
    /** Queries that meet every injection string. */
    private static final java.util.Set<String> EVERY_INJECTION = java.util.Set.of(
            "node", "nodes", "search", "neighbourhood", "subgraph", "shortestPaths", "pathsBetweenKinds", "history",
            "measures", "indicators", "threeCarriages", "tour", "estates");

    private final Http http;
    private final GraphQLSchema schema;
    private final List<String> injections;
    private final List<Case> cases = new ArrayList<>();

    HostileCorpus(Http http, GraphQLSchema schema) {
        this.http = http;
        this.schema = schema;
        List<String> fromFile = JSON.readValue(resource("injections.json"), new TypeReference<List<String>>() { });
        this.injections = new ArrayList<>(fromFile);
        this.injections.add("長".repeat(100_000));
    }

    List<Case> all() {
        documents();
        textArguments();
        unknownIds();
        sizes();
        transport();
        exports();
        imports();
        otherAddresses();
        return cases;
    }

    // ---- GraphQL documents from hostile/documents.graphql-lines ----

    private void documents() {
        for (String line : new String(resource("documents.graphql-lines"), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                graphQl("documents", line, Map.of(), Expect.GRAPHQL_ERROR);
            }
        }
    }

    // ---- every text argument of every query and mutation x every injection string ----

    /**
     * Every text argument of every query meets the core injections; the queries of {@link #EVERY_INJECTION} meet
     * all of them; every text field of every mutation meets one, in turn (the cross product of all would be some
     * ten thousand requests, for little more).
     */
    private void textArguments() {
        int rotation = 0;
        List<String> core = new ArrayList<>(injections.subList(0, CORE_INJECTIONS));
        core.add(injections.getLast());
        for (GraphQLObjectType root : List.of(schema.getQueryType(), schema.getMutationType())) {
            boolean mutation = root == schema.getMutationType();
            for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
                for (List<String> target : textTargets(field)) {
                    List<String> strings = mutation ? List.of(injections.get(rotation++ % injections.size()))
                            : EVERY_INJECTION.contains(field.getName()) ? injections : core;
                    for (String injection : strings) {
                        operation(mutation ? "mutations with hostile text" : "queries with hostile text",
                                mutation, field, target, injection);
                    }
                }
            }
        }
    }

    private void unknownIds() {
        for (GraphQLObjectType root : List.of(schema.getQueryType(), schema.getMutationType())) {
            boolean mutation = root == schema.getMutationType();
            for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
                for (List<String> target : textTargets(field)) {
                    if (isId(leafType(field, target))) {
                        operation("unknown ids", mutation, field, target, UNKNOWN_ID);
                    }
                }
            }
        }
    }

    private void operation(String group, boolean mutation, GraphQLFieldDefinition field, List<String> target, String text) {
        Map<String, Object> variables = new LinkedHashMap<>();
        List<String> definitions = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        for (GraphQLArgument argument : field.getArguments()) {
            boolean targeted = target.getFirst().equals(argument.getName());
            Object value;
            if (targeted) {
                value = fill(argument.getType(), target.subList(1, target.size()), text, mutation);
            } else if (!mutation && GOOD_QUERY_VALUES.containsKey(argument.getName())) {
                value = GOOD_QUERY_VALUES.get(argument.getName());
            } else if (GraphQLTypeUtil.isNonNull(argument.getType()) && !argument.hasSetDefaultValue()) {
                value = fill(argument.getType(), null, null, mutation);
            } else {
                continue;
            }
            variables.put(argument.getName(), value);
            definitions.add("$" + argument.getName() + ": " + GraphQLTypeUtil.simplePrint(argument.getType()));
            arguments.add(argument.getName() + ": $" + argument.getName());
        }
        String document = (mutation ? "mutation" : "query") + " Hostile(" + String.join(", ", definitions) + ") { "
                + field.getName() + "(" + String.join(", ", arguments) + ")" + selection(field.getType()) + " }";
        String name = field.getName() + "." + String.join(".", target) + " = " + shown(text);
        cases.add(new Case(group, name, () -> http.graphQlRequest(json(Map.of("query", document, "variables", variables))),
                mutation ? Expect.MUTATION_REFUSED : Expect.ANSWER_OR_GRAPHQL_ERROR, List.of(text)));
    }

    /** The paths to every String or ID an operation takes, through its input objects. */
    private static List<List<String>> textTargets(GraphQLFieldDefinition field) {
        List<List<String>> targets = new ArrayList<>();
        for (GraphQLArgument argument : field.getArguments()) {
            collect(argument.getType(), new ArrayList<>(List.of(argument.getName())), targets, 0);
        }
        return targets;
    }

    private static void collect(GraphQLInputType type, List<String> path, List<List<String>> targets, int depth) {
        GraphQLType leaf = GraphQLTypeUtil.unwrapAll(type);
        if (leaf instanceof GraphQLScalarType scalar && isText(scalar)) {
            targets.add(List.copyOf(path));
        } else if (leaf instanceof GraphQLInputObjectType object && depth < 3) {
            for (GraphQLInputObjectField inner : object.getFieldDefinitions()) {
                List<String> deeper = new ArrayList<>(path);
                deeper.add(inner.getName());
                collect(inner.getType(), deeper, targets, depth + 1);
            }
        }
    }

    private static GraphQLType leafType(GraphQLFieldDefinition field, List<String> target) {
        GraphQLType type = field.getArgument(target.getFirst()).getType();
        for (String name : target.subList(1, target.size())) {
            type = ((GraphQLInputObjectType) GraphQLTypeUtil.unwrapAll(type)).getField(name).getType();
        }
        return GraphQLTypeUtil.unwrapAll(type);
    }

    private static boolean isText(GraphQLScalarType scalar) {
        return scalar.getName().equals("String") || scalar.getName().equals("ID");
    }

    private static boolean isId(GraphQLType type) {
        return type instanceof GraphQLScalarType scalar && scalar.getName().equals("ID");
    }

    /**
     * A value of the type; where {@code target} leads, the hostile text. Mutations get values that cannot be valid
     * (an unknown id, an empty text, an empty list), so that every generated mutation is refused whatever its
     * hostile text: the test expects refusal, and a mutation that went through fails it.
     */
    private static Object fill(GraphQLInputType type, List<String> target, String text, boolean mutation) {
        if (type instanceof GraphQLNonNull nonNull) {
            return fill((GraphQLInputType) nonNull.getWrappedType(), target, text, mutation);
        }
        if (type instanceof GraphQLList list) {
            GraphQLInputType item = (GraphQLInputType) list.getWrappedType();
            if (target != null) {
                return List.of(fill(item, target, text, mutation));
            }
            return mutation ? List.of() : List.of(fill(item, null, null, false));
        }
        if (type instanceof GraphQLInputObjectType object) {
            Map<String, Object> value = new LinkedHashMap<>();
            for (GraphQLInputObjectField inner : object.getFieldDefinitions()) {
                boolean targeted = target != null && !target.isEmpty() && target.getFirst().equals(inner.getName());
                if (targeted) {
                    value.put(inner.getName(), fill(inner.getType(), target.subList(1, target.size()), text, mutation));
                } else if (GraphQLTypeUtil.isNonNull(inner.getType()) && !inner.hasSetDefaultValue()) {
                    value.put(inner.getName(), fill(inner.getType(), null, null, mutation));
                }
            }
            return value;
        }
        if (type instanceof GraphQLEnumType enumType) {
            return enumType.getValues().getFirst().getName();
        }
        if (target != null) {
            return text;
        }
        return switch (((GraphQLScalarType) type).getName()) {
            case "ID" -> mutation ? UNKNOWN_ID : KNOWN_ID;
            case "String" -> mutation ? "" : "x";
            case "Int" -> 1;
            case "Float" -> 1.0;
            case "Boolean" -> false;
            case "Date" -> "2024-01-01";
            case "DateTime" -> "2024-01-01T00:00:00Z";
            default -> "x";
        };
    }

    private static String selection(GraphQLOutputType type) {
        GraphQLType leaf = GraphQLTypeUtil.unwrapAll(type);
        if (leaf instanceof GraphQLObjectType object && object.getFieldDefinition("errors") != null) {
            return " { __typename errors { code message } }";
        }
        return leaf instanceof GraphQLScalarType || leaf instanceof GraphQLEnumType ? "" : " { __typename }";
    }

    // ---- sizes: huge lists, deep nesting, alias and operation floods, oversized documents and bodies ----

    private void sizes() {
        String group = "sizes and floods";
        List<String> manyIds = IntStream.range(0, 100_000).mapToObj(i -> "id-" + i).toList();
        variablesCase(group, "nodes with 100000 ids", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", manyIds), Expect.GRAPHQL_ERROR);
        variablesCase(group, "nodes with 501 ids", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", manyIds.subList(0, 501)), Expect.GRAPHQL_ERROR);
        variablesCase(group, "subgraph with 100000 ids", "query($ids: [ID!]!) { subgraph(ids: $ids) { truncated } }", Map.of("ids", manyIds), Expect.GRAPHQL_ERROR);
        variablesCase(group, "subgraph with 2501 ids", "query($ids: [ID!]!) { subgraph(ids: $ids) { truncated } }", Map.of("ids", manyIds.subList(0, 2501)), Expect.GRAPHQL_ERROR);
        variablesCase(group, "neighbourhood with 100000 kinds", "query($k: [String!]) { neighbourhood(id: \"xianxia\", kinds: $k) { truncated } }",
                Map.of("k", manyIds), Expect.ANSWER_OR_GRAPHQL_ERROR);
        variablesCase(group, "neighbourhood with 100000 relationship types", "query($k: [String!]) { neighbourhood(id: \"xianxia\", relationshipTypes: $k) { truncated } }",
                Map.of("k", manyIds), Expect.ANSWER_OR_GRAPHQL_ERROR);
        variablesCase(group, "a 5 MB text variable", "query($id: ID!) { node(id: $id) { id } }", Map.of("id", "x".repeat(5_000_000)), Expect.HTTP_ERROR);
        for (int depth : new int[] {13, 50, 500, 4000}) {
            graphQl(group, "{ facts " + "{ id ".repeat(depth) + "}".repeat(depth) + " }", Map.of(), Expect.GRAPHQL_ERROR);
            graphQl(group, "{" + "a{".repeat(depth) + "b" + "}".repeat(depth) + "}", Map.of(), Expect.GRAPHQL_ERROR);
        }
        graphQl(group, "{ neighbourhood(id: \"xianxia\") { nodes { id } relationships { source target } } "
                + "x: node(id: \"xianxia\") { id } }".repeat(1), Map.of(), Expect.ANSWER_OR_GRAPHQL_ERROR);
        for (int aliases : new int[] {31, 200, 2000}) {
            graphQl(group, "{ " + IntStream.range(0, aliases).mapToObj(i -> "a" + i + ": facts { id }").collect(Collectors.joining(" ")) + " }",
                    Map.of(), Expect.GRAPHQL_ERROR);
            graphQl(group, "{ facts { " + IntStream.range(0, aliases).mapToObj(i -> "a" + i + ": id").collect(Collectors.joining(" ")) + " } }",
                    Map.of(), Expect.GRAPHQL_ERROR);
        }
        graphQl(group, "query { ...F } fragment F on Query { " + IntStream.range(0, 40).mapToObj(i -> "a" + i + ": facts { id }")
                .collect(Collectors.joining(" ")) + " }", Map.of(), Expect.GRAPHQL_ERROR);
        for (int operations : new int[] {6, 100}) {
            graphQlNamed(group, IntStream.range(0, operations).mapToObj(i -> "query q" + i + " { facts { id } }").collect(Collectors.joining(" ")), "q0");
        }
        graphQl(group, "{ facts { id } }" + " ".repeat(20_001), Map.of(), Expect.GRAPHQL_ERROR);
        graphQl(group, "{ facts { id " + "id ".repeat(400_000) + "} }", Map.of(), Expect.GRAPHQL_ERROR);
        graphQl(group, "{ search(text: \"" + "仙".repeat(30_000) + "\") { __typename } }", Map.of(), Expect.GRAPHQL_ERROR);
        graphQl(group, "{ facts { id } } #" + "x".repeat(25_000), Map.of(), Expect.GRAPHQL_ERROR);
        graphQl(group, "{ brokers(scopeId: \"xianxia\", first: 2147483647) { degree } }", Map.of(), Expect.GRAPHQL_ERROR);
        graphQl(group, "{ history(id: \"xianxia\", first: 501) { at } }", Map.of(), Expect.GRAPHQL_ERROR);
        String deepJson = "[".repeat(100_000) + "]".repeat(100_000);
        raw(group, "variables nested 100000 deep", () -> http.graphQlRequest("{\"query\": \"{ facts { id } }\", \"variables\": {\"a\": " + deepJson + "}}"), Expect.HTTP_ERROR);
        raw(group, "a 30 MB body", () -> http.graphQlRequest("{\"query\": \"{ facts { id } }\", \"pad\": \"" + "x".repeat(30_000_000) + "\"}"), Expect.HTTP_ERROR);
    }

    // ---- the transport: batches, content types, bodies that are not a GraphQL request, methods ----

    private void transport() {
        String group = "transport";
        String facts = "{\"query\": \"{ facts { id } }\"}";
        raw(group, "a batch of two requests", () -> http.graphQlRequest("[" + facts + ", " + facts + "]"), Expect.HTTP_ERROR);
        for (String body : List.of("", "null", "[]", "{}", "\"{ facts { id } }\"", "42", "{\"query\": 5}", "{\"query\": null}",
                "{\"query\": [\"{ facts { id } }\"]}", "{\"query\": {}}", "{\"query\": \"\"}", "{\"query\": \"   \"}",
                "{\"query\": \"{ facts { id } }\", \"variables\": \"not an object\"}",
                "{\"query\": \"{ facts { id } }\", \"variables\": [1, 2]}",
                "{\"query\": \"{ facts { id } }\", \"operationName\": 5}",
                "{\"query\": \"{ facts { id } }\", \"operationName\": \"NoSuchOperation\"}",
                "{\"query\": \"{ facts { id } }\", \"extensions\": \"x\"}",
                "{\"query\": \"{ facts { id } }\"", "{\"query\": \"{ facts { id } }\"}}}", "{'query': '{ facts { id } }'}",
                "{\"query\": \"{ facts { id } }\", \"query\": \"{ nosuch }\"}",
                "{\"query\": \"\\ud800\"}", "{\"query\": \"{ facts { id } }\\u0000\"}")) {
            raw(group, "body " + shown(body), () -> http.graphQlRequest(body), Expect.HTTP_ERROR, body);
        }
        byte[] junk = junk(4096);
        raw(group, "binary junk as JSON", () -> http.request("/graphql").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(junk)).build(), Expect.HTTP_ERROR);
        // JSON may come in UTF-16 (RFC 8259 detection), so this one is answered
        raw(group, "UTF-16 JSON", () -> http.request("/graphql").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(facts.getBytes(StandardCharsets.UTF_16LE))).build(), Expect.ANSWER_OR_GRAPHQL_ERROR);
        raw(group, "GBK JSON declared as UTF-8", () -> http.request("/graphql").header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray("{\"query\": \"{ search(text: \\\"仙霞\\\") { __typename } }\"".getBytes(Charset.forName("GBK")))).build(), Expect.HTTP_ERROR);
        // Spring for GraphQL takes application/graphql too, and an ASCII body reads the same in any charset
        for (String contentType : List.of("application/graphql", "application/json; charset=ISO-2022-KR")) {
            raw(group, "content type " + contentType, () -> http.request("/graphql").header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(facts)).build(), Expect.ANSWER_OR_GRAPHQL_ERROR);
        }
        for (String contentType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "image/png", "not a media type", "application/json; charset=no-such-charset")) {
            raw(group, "content type " + contentType, () -> http.request("/graphql").header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(facts)).build(), Expect.HTTP_ERROR);
        }
        raw(group, "no content type", () -> http.request("/graphql").POST(HttpRequest.BodyPublishers.ofString(facts)).build(), Expect.HTTP_ERROR);
        raw(group, "accepting only HTML", () -> http.request("/graphql").header("Content-Type", "application/json").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(facts)).build(), Expect.HTTP_ERROR);
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            raw(group, method + " /graphql", () -> http.request("/graphql").header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(facts)).build(), Expect.HTTP_ERROR);
        }
        raw(group, "GET /graphql with a mutation", () -> http.request("/graphql?query=" + encode("mutation { loadSeed { facts } }")).GET().build(), Expect.HTTP_ERROR);
        raw(group, "GET /graphql without a query", () -> http.request("/graphql").GET().build(), Expect.HTTP_ERROR);
    }

    // ---- GET /api/export/{format}: lines of hostile/export-requests.txt, and every injection as ids, scope and asOf ----

    private void exports() {
        String group = "export";
        for (String line : new String(resource("export-requests.txt"), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                raw(group, "GET " + line, () -> http.request(line.strip()).GET().build(), Expect.HTTP_ERROR, echoes(line.strip()));
            }
        }
        for (String injection : injections) {
            if (injection.isBlank() || injection.length() > 10_000) {
                continue;
            }
            for (String parameter : List.of("ids", "scope")) {
                raw(group, "export " + parameter + "=" + shown(injection),
                        () -> http.request("/api/export/json?" + parameter + "=" + encode(injection)).GET().build(), Expect.HTTP_ERROR,
                        echoes(injection));
            }
            raw(group, "export asOf=" + shown(injection),
                    () -> http.request("/api/export/json?ids=xianxia&asOf=" + encode(injection)).GET().build(), Expect.HTTP_ERROR, injection);
            raw(group, "export format " + shown(injection),
                    () -> http.request("/api/export/" + encode(injection).replace("+", "%20")).GET().build(), Expect.HTTP_ERROR, injection);
        }
        String manyIds = IntStream.range(0, 5000).mapToObj(i -> "id-" + i).collect(Collectors.joining(","));
        raw(group, "export 5000 unknown ids", () -> http.request("/api/export/json?ids=" + manyIds).GET().build(), Expect.HTTP_ERROR);
    }

    // ---- POST /api/import: broken, oversized, hostile files ----

    private void imports() {
        String group = "import";
        String header = "id:ID,:LABEL,name,nameEn,aliases:string[],provenance:string[]\n";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty.csv", new byte[0]);
        files.put("junk.csv", junk(10_000));
        files.put("junk.xlsx", junk(10_000));
        files.put("junk.zip", junk(10_000));
        files.put("no-extension", header.getBytes(StandardCharsets.UTF_8));
        files.put("estate.exe", header.getBytes(StandardCharsets.UTF_8));
        files.put("../../../../etc/passwd.csv", (header + "imp-1,NoSuchKind,x,,,F01\n").getBytes(StandardCharsets.UTF_8));
        files.put("estate.csv\u0000.exe", header.getBytes(StandardCharsets.UTF_8));
        files.put("gbk.csv", (header + "imp-1,Estate,仙霞小区,,,F01\n").getBytes(Charset.forName("GBK")));
        files.put("utf16.csv", (header + "imp-1,Estate,仙霞小区,,,F01\n").getBytes(StandardCharsets.UTF_16));
        files.put("latin1.csv", (header + "imp-1,Estate,Caf\u00e9,,,F01\n").getBytes(StandardCharsets.ISO_8859_1));
        files.put("only-bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        files.put("header-only.csv", header.getBytes(StandardCharsets.UTF_8));
        files.put("no-header.csv", "\n\n\n".getBytes(StandardCharsets.UTF_8));
        files.put("unclosed-quote.csv", (header + "\"imp-1,Estate,x,,,F01\n").getBytes(StandardCharsets.UTF_8));
        files.put("ragged.csv", (header + "imp-1,Estate\nimp-2,Estate,x,y,z,F01,extra,extra,extra\n").getBytes(StandardCharsets.UTF_8));
        files.put("bad-header.csv", "\u0000\u0001\u0002,;;;,\"\"\"\n1,2,3\n".getBytes(StandardCharsets.UTF_8));
        files.put("duplicate-columns.csv", "id:ID,id:ID,:LABEL,:LABEL\nimp-1,imp-2,Estate,Estate\n".getBytes(StandardCharsets.UTF_8));
        files.put("long-line.csv", (header + "imp-1,Estate," + "x".repeat(5_000_000) + ",,,F01\n").getBytes(StandardCharsets.UTF_8));
        files.put("many-columns.csv", (IntStream.range(0, 20_000).mapToObj(i -> "c" + i).collect(Collectors.joining(",")) + "\n").getBytes(StandardCharsets.UTF_8));
        StringBuilder injected = new StringBuilder(header);
        int row = 0;
        for (String injection : injections) {
            if (injection.length() < 10_000) {
                injected.append("imp-").append(row++).append(",Estate,\"").append(injection.replace("\"", "\"\"")).append("\",,,F01\n");
            }
        }
        injected.append("imp-formula,Estate,=HYPERLINK(\"http://evil.example\"),=1+1,@SUM(A1),+cmd|' /C calc'!A0\n");
        injected.append("' }) MATCH (n) DETACH DELETE n //,Estate\\u0000,x,,,F01\n");
        files.put("injected.csv", injected.toString().getBytes(StandardCharsets.UTF_8));
        files.put("unknown-label.csv", (header + "imp-1,NoSuchKind,x,,,F01\nimp-2,Estate;SubDistrict,x,,,F01\n").getBytes(StandardCharsets.UTF_8));
        files.put("relationships.csv", (":START_ID,:END_ID,:TYPE\nno-such-a,no-such-b,SERVES\nxianxia,xianxia,NO_SUCH_TYPE\n"
                + "xianxia,yingpu,SERVES\n").getBytes(StandardCharsets.UTF_8));
        byte[] workbook = workbook();
        files.put("truncated.xlsx", Arrays.copyOf(workbook, workbook.length / 2));
        files.put("flipped.xlsx", flipped(workbook));
        files.put("formulas.xlsx", workbook);
        files.put("csv-named.xlsx", header.getBytes(StandardCharsets.UTF_8));
        files.put("xlsx-named.csv", workbook);
        files.put("zip-bomb.zip", zip(Map.of("estate.csv", new byte[0]), 200_000_000));
        files.put("xlsx-bomb.xlsx", zip(Map.of("xl/worksheets/sheet1.xml", new byte[0], "[Content_Types].xml", new byte[0]), 200_000_000));
        files.put("nested.zip", zip(Map.of("inner.zip", zip(Map.of("estate.csv", header.getBytes(StandardCharsets.UTF_8)), 0)), 0));
        files.put("traversal.zip", zip(Map.of("../../../../tmp/evil.csv", header.getBytes(StandardCharsets.UTF_8)), 0));
        files.put("empty.zip", zip(Map.of(), 0));
        files.put("no-csv.zip", zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)), 0));
        files.put("truncated.zip", Arrays.copyOf(zip(Map.of("estate.csv", header.getBytes(StandardCharsets.UTF_8)), 100_000), 300));
        // Importable as they are, so only as dry runs: a workbook's formula cells are read as their cached values
        // (no formula is evaluated), and a file with a header and no rows imports nothing but records its batch.
        List<String> importable = List.of("formulas.xlsx", "header-only.csv");
        for (var file : files.entrySet()) {
            for (String dryRun : importable.contains(file.getKey()) ? List.of("true") : List.of("true", "false")) {
                raw(group, file.getKey() + " dryRun=" + dryRun, () -> http.multipart("/api/import?dryRun=" + dryRun, "file", file.getKey(), file.getValue()),
                        Expect.IMPORT_REFUSED_OR_DRY, file.getKey());
            }
        }
        byte[] csv = header.getBytes(StandardCharsets.UTF_8);
        raw(group, "dryRun=maybe", () -> http.multipart("/api/import?dryRun=maybe", "file", "estate.csv", csv), Expect.HTTP_ERROR);
        raw(group, "the file in another field", () -> http.multipart("/api/import", "upload", "estate.csv", csv), Expect.HTTP_ERROR);
        raw(group, "multipart without a boundary", () -> http.request("/api/import").header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build(), Expect.HTTP_ERROR);
        raw(group, "multipart with a broken body", () -> http.request("/api/import").header("Content-Type", "multipart/form-data; boundary=abc")
                .POST(HttpRequest.BodyPublishers.ofByteArray(junk(2000))).build(), Expect.HTTP_ERROR);
        raw(group, "multipart cut off", () -> http.request("/api/import").header("Content-Type", "multipart/form-data; boundary=abc")
                .POST(HttpRequest.BodyPublishers.ofString("--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nid:ID")).build(), Expect.HTTP_ERROR);
        raw(group, "JSON instead of a file", () -> http.request("/api/import").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), Expect.HTTP_ERROR);
        raw(group, "a 25 MB upload", () -> http.multipart("/api/import", "file", "big.csv", new byte[25 * 1024 * 1024]), Expect.HTTP_ERROR);
        raw(group, "GET /api/import", () -> http.request("/api/import").GET().build(), Expect.HTTP_ERROR);
    }

    // ---- other addresses of the API ----

    private void otherAddresses() {
        String group = "other addresses";
        for (String path : List.of("/api/nosuch", "/api/import/templates/nosuch.csv", "/api/import/templates/estate.exe",
                "/api/import/templates/estate", "/api/import/templates/..%2F..%2Fetc%2Fpasswd", "/api/import/templates/%2e%2e%2fpom.xml",
                "/api/import/templates/estate.csv%00.xlsx", "/api/import/batches?first=abc", "/api/import/batches?first=-1",
                "/api/import/batches?first=0", "/api/import/batches?first=99999999999", "/api/import/batches?first=NaN",
                "/api/export", "/api/export/", "/api/export/json/extra", "/graphiql/nosuch", "/graphql/nosuch",
                "/api/%25ZZ", "/api/export/json?ids=%25ZZ%00", "/WEB-INF/web.xml", "/actuator/env", "/error")) {
            raw(group, "GET " + path, () -> http.request(path).GET().build(), Expect.HTTP_ERROR);
        }
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            raw(group, method + " /api/import", () -> http.request("/api/import").method(method, HttpRequest.BodyPublishers.noBody()).build(), Expect.HTTP_ERROR);
            raw(group, method + " /api/export/json", () -> http.request("/api/export/json").method(method, HttpRequest.BodyPublishers.noBody()).build(), Expect.HTTP_ERROR);
        }
        raw(group, "POST /api/export/json", () -> http.request("/api/export/json").POST(HttpRequest.BodyPublishers.ofString("x")).build(), Expect.HTTP_ERROR);
    }

    // ---- helpers ----

    private void graphQl(String group, String document, Map<String, Object> variables, Expect expect) {
        cases.add(new Case(group, shown(document), () -> http.graphQlRequest(json(Map.of("query", document, "variables", variables))), expect, List.of()));
    }

    private void graphQlNamed(String group, String document, String operationName) {
        cases.add(new Case(group, shown(document), () -> http.graphQlRequest(json(Map.of("query", document, "operationName", operationName))),
                Expect.GRAPHQL_ERROR, List.of()));
    }

    private void variablesCase(String group, String name, String document, Map<String, Object> variables, Expect expect) {
        cases.add(new Case(group, name, () -> http.graphQlRequest(json(Map.of("query", document, "variables", variables))), expect, List.of()));
    }

    private void raw(String group, String name, Supplier<HttpRequest> request, Expect expect, String... echoes) {
        cases.add(new Case(group, shown(name), request, expect, List.of(echoes)));
    }

    static String shown(String text) {
        String visible = text.codePoints().mapToObj(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                ? "\\u%04x".formatted(c) : Character.toString(c)).collect(Collectors.joining());
        return visible.length() > 90 ? visible.substring(0, 80) + "…(" + text.length() + " chars)" : visible;
    }

    /** What an answer may echo of a request: the decoded values and path segments, whole and split at commas. */
    private static String[] echoes(String request) {
        List<String> echoes = new ArrayList<>();
        for (String part : java.net.URLDecoder.decode(request.replace("+", "%2B"), StandardCharsets.UTF_8).split("[?&=/]")) {
            echoes.add(part);
            echoes.addAll(Arrays.asList(part.split(",")));
        }
        echoes.sort((a, b) -> b.length() - a.length());
        return echoes.toArray(String[]::new);
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = new ClassPathResource("hostile/" + name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] junk(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(size).nextBytes(bytes);
        return bytes;
    }

    private static byte[] flipped(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = 100; i < copy.length; i += 97) {
            copy[i] ^= 0x5A;
        }
        return copy;
    }

    /** A workbook whose cells hold formulas, hostile text and a huge number. */
    private static byte[] workbook() {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("estate");
            var header = sheet.createRow(0);
            String[] columns = {"id:ID", ":LABEL", "name", "nameEn", "aliases:string[]", "provenance:string[]"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellFormula("CONCATENATE(\"imp-\",\"formula\")");
            row.createCell(1).setCellValue("Estate");
            row.createCell(2).setCellFormula("WEBSERVICE(\"http://evil.example/\")");
            row.createCell(3).setCellValue(1e308);
            row.createCell(4).setCellValue("' }) MATCH (n) DETACH DELETE n //");
            row.createCell(5).setCellFormula("1/0");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip of the entries; {@code padding} zero bytes more go into one entry that compresses to almost nothing. */
    private static byte[] zip(Map<String, byte[]> entries, int padding) {
        try (var bytes = new ByteArrayOutputStream(); var zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                if (padding > 0) {
                    byte[] zeros = new byte[1 << 20];
                    for (int written = 0; written < padding; written += zeros.length) {
                        zip.write(zeros);
                    }
                    padding = 0;
                }
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
