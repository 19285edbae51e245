package org.troika.access;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can administer Troika: while the database has no enabled admin, creates one named
 * {@code troika.admin.username} with the configured password, or else with a random password printed once to the
 * log (and kept only as its bcrypt hash). In the {@code production} profile a configured password that is weak or
 * a well-known default stops the start with a message saying so; elsewhere it is accepted with a warning.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(AdminProperties.class)
class FirstAdmin implements ApplicationRunner {

    static final String PRODUCTION = "production";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccounts users;
    private final AdminProperties admin;
    private final Environment environment;

    FirstAdmin(UserAccounts users, AdminProperties admin, Environment environment) {
        this.users = users;
        this.admin = admin;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String weakness = admin.hasPassword() ? weakness(admin.username(), admin.password()) : null;
        if (weakness != null && environment.matchesProfiles(PRODUCTION)) {
            throw new IllegalStateException("troika.admin.password (TROIKA_ADMIN_PASSWORD) is refused in production: " + weakness
                    + ". Set a strong password of at least " + PasswordRules.MIN_LENGTH + " characters, or leave it empty "
                    + "to have a one-time password printed at the first start");
        }
        if (!users.enabledAdmins().isEmpty()) {
            return;
        }
        if (users.find(admin.username()).isPresent()) {
            throw new IllegalStateException("There is no enabled admin, and the user '" + admin.username() + "' exists but is not "
                    + "one: set troika.admin.username (TROIKA_ADMIN_USERNAME) to a new name to create a first admin");
        }
        if (admin.hasPassword()) {
            if (weakness != null) {
                log.warn("The configured password of the first admin '{}' is weak ({}); production refuses it", admin.username(), weakness);
            }
            users.create(admin.username(), admin.password(), Role.ADMIN, false);
            log.info("Created the first admin '{}' with the configured password", admin.username());
            return;
        }
        String oneTime = oneTimePassword();
        users.create(admin.username(), oneTime, Role.ADMIN, true);
        log.warn("""

                ************************************************************************
                  First admin created: user '{}', one-time password: {}
                  It is shown only this once. Sign in and set a new password
                  (GraphQL resetPassword), or create your own admin and disable this one.
                ************************************************************************""", admin.username(), oneTime);
    }

    private static String weakness(String username, String password) {
        try {
            PasswordRules.check(username, password);
            return null;
        } catch (IllegalArgumentException weak) {
            return weak.getMessage();
        }
    }

    private static String oneTimePassword() {
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
