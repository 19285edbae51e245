package org.troika.access;

/** A token just created, with its secret: shown this once, since only the secret's hash is kept. */
public record NewApiToken(ApiToken token, String secret) {
}
