package org.troika.base.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** A real HTTP client for a test server on localhost: what a browser or a script would send, byte for byte. */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    public URI uri(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(90));
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException staleConnection) {
                // A kept-alive connection the server closed after an earlier request (one it refused to read to the
                // end) fails before any answer: the request never reached the server, so it is sent once more.
                if (staleConnection.getMessage() == null || !staleConnection.getMessage().contains("received no bytes")) {
                    throw staleConnection;
                }
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    /** POSTs a GraphQL request body (JSON) to {@code /graphql}. */
    public HttpResponse<String> graphQl(String json) {
        return send(graphQlRequest(json));
    }

    /** A GraphQL request body (JSON) POSTed to {@code /graphql} by a client of the GraphQL-over-HTTP spec. */
    public HttpRequest graphQlRequest(String json) {
        return request("/graphql").header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /** A {@code multipart/form-data} POST with one file. */
    public HttpRequest multipart(String pathAndQuery, String field, String fileName, byte[] content) {
        String boundary = "troika-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return request(pathAndQuery).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail))).build();
    }
}
