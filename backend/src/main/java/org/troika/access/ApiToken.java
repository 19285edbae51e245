package org.troika.access;

import java.time.OffsetDateTime;

/** An API token as its owner sees it after creation: its id and name, never its secret. */
public record ApiToken(String id, String name, String username, OffsetDateTime createdAt) {
}
