package org.troika.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin, created at start while the database has no enabled admin ({@code troika.admin.*}).
 *
 * @param username the first admin's name, {@code admin} unless set
 * @param password the first admin's password ({@code TROIKA_ADMIN_PASSWORD}); when blank, a random one-time
 *                 password is made and printed once to the log
 */
@ConfigurationProperties("troika.admin")
record AdminProperties(String username, String password) {

    AdminProperties {
        username = username == null || username.isBlank() ? "admin" : username.strip();
    }

    boolean hasPassword() {
        return password != null && !password.isBlank();
    }
}
