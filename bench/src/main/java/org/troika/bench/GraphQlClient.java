package org.troika.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posts GraphQL requests to Troika and tells a complete answer from an error. */
final class GraphQlClient {

    /** A GraphQL request: the document and its variables. */
    record Request(String document, Map<String, Object> variables) {
    }

    private static final JsonMapper JSON = JsonMapper.shared();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String authorization;

    GraphQlClient(String endpoint, String user, String password) {
        this.endpoint = URI.create(endpoint);
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the request and reads the whole answer; fails when the answer is not data without errors. */
    JsonNode execute(Request request) throws IOException, InterruptedException {
        return check(http.send(httpRequest(request), HttpResponse.BodyHandlers.ofByteArray()));
    }

    CompletableFuture<JsonNode> executeAsync(Request request) {
        return http.sendAsync(httpRequest(request), HttpResponse.BodyHandlers.ofByteArray()).thenApply(GraphQlClient::check);
    }

    private HttpRequest httpRequest(Request request) {
        var builder = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(
                        Map.of("query", request.document(), "variables", request.variables()))));
        if (authorization != null) {
            builder.header("authorization", authorization);
        }
        return builder.build();
    }

    private static JsonNode check(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        JsonNode answer = JSON.readTree(response.body());
        if (answer.has("errors")) {
            throw new IllegalStateException("GraphQL errors: " + answer.get("errors"));
        }
        return answer.get("data");
    }
}
