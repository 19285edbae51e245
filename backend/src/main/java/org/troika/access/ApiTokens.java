package org.troika.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.troika.base.NamedQueries;
import org.troika.base.NotFoundException;

/**
 * API tokens: random secrets that authenticate a client as their user ({@code Authorization: Bearer <secret>}).
 * The secret is shown once; the database keeps only its SHA-256 hash, which is enough for 256 random bits (a slow
 * hash such as bcrypt is for guessable passwords) and lets a request's token be found by its hash.
 */
@Service
@Transactional
public class ApiTokens {

    /** Every secret starts so, which makes a leaked one easy to recognise (secret scanners, logs). */
    public static final String PREFIX = "troika_";
    static final int MAX_NAME_LENGTH = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final NamedQueries queries;
    private final Neo4jClient neo4j;

    ApiTokens(NamedQueries queries, Neo4jClient neo4j) {
        this.queries = queries;
        this.neo4j = neo4j;
    }

    /**
     * Creates a token of a user.
     *
     * @param name what the token is for, 1 to 100 characters
     * @throws IllegalArgumentException naming the problem with the name
     * @throws NotFoundException        for an unknown user
     */
    public NewApiToken create(String username, String name) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new IllegalArgumentException("A token needs a name saying what it is for");
        }
        if (cleanName.codePointCount(0, cleanName.length()) > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A token's name has at most " + MAX_NAME_LENGTH + " characters");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = neo4j.query(queries.get("access/token-create"))
                .bindAll(Map.of("username", username, "id", UUID.randomUUID().toString(), "name", cleanName, "hash", hash(secret),
                        "createdAt", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS)))
                .fetchAs(ApiToken.class).mappedBy((types, row) -> token(row.get("token")))
                .one().orElseThrow(() -> new NotFoundException("user", username));
        return new NewApiToken(token, secret);
    }

    /** The tokens of a user, newest first. */
    @Transactional(readOnly = true)
    public List<ApiToken> of(String username) {
        return List.copyOf(neo4j.query(queries.get("access/token-list")).bind(username).to("username")
                .fetchAs(ApiToken.class).mappedBy((types, row) -> token(row.get("token"))).all());
    }

    /**
     * Revokes a token of {@code username}, or of anyone when {@code anyUser}.
     *
     * @throws NotFoundException when there is no such token (of that user)
     */
    public void revoke(String id, String username, boolean anyUser) {
        long deleted = neo4j.query(queries.get("access/token-revoke"))
                .bindAll(Map.of("id", id == null ? "" : id, "username", username, "anyUser", anyUser))
                .fetchAs(Long.class).one().orElse(0L);
        if (deleted == 0) {
            throw new NotFoundException("API token", id);
        }
    }

    /** The user a secret belongs to, if it is a token's. */
    @Transactional(readOnly = true)
    Optional<UserAccounts.StoredUser> user(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return neo4j.query(queries.get("access/token-user")).bind(hash(secret)).to("hash")
                .fetchAs(UserAccounts.StoredUser.class).mappedBy((types, row) -> UserAccounts.StoredUser.of(row.get("user"))).one();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static ApiToken token(Value token) {
        return new ApiToken(token.get("id").asString(), token.get("name").asString(), token.get("username").asString(),
                token.get("createdAt").asOffsetDateTime());
    }
}
