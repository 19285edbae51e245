package org.troika.access;

import java.time.OffsetDateTime;

/** A user as admins see it: never the password or its hash. */
public record UserAccount(String username, Role role, boolean enabled, OffsetDateTime createdAt) {
}
