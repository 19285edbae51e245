package org.troika;

import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;
import org.troika.access.Role;
import org.troika.access.UserAccounts;

/**
 * Real users of each role in every test database, created through {@link UserAccounts} like any other: tests sign
 * in as them over HTTP (Basic, tokens, the login view) or run as them with {@code @WithUserDetails}.
 */
@Component
public class TestUsers implements ApplicationRunner {

    public static final String RESEARCHER = "test-researcher";
    public static final String STAFF = "test-staff";
    public static final String ADMIN = "test-admin";
    /** The password of every test user; test databases only. */
    public static final String PASSWORD = "correct horse battery staple 7";

    private final UserAccounts users;

    TestUsers(UserAccounts users) {
        this.users = users;
    }

    /** The test user of a role. */
    public static String of(Role role) {
        return switch (role) {
            case RESEARCHER -> RESEARCHER;
            case STAFF -> STAFF;
            case ADMIN -> ADMIN;
            case ANONYMOUS -> throw new IllegalArgumentException("An anonymous visitor is no user");
        };
    }

    /**
     * Requests through the application's real security filters, with nothing of the test's own security context:
     * a request is anonymous unless it signs in ({@link #basic}).
     */
    public static MockMvcTester http(WebApplicationContext context) {
        Filter security = context.getBean("springSecurityFilterChain", Filter.class);
        return MockMvcTester.from(context, builder -> builder.addFilters(security).build());
    }

    /** The {@code Authorization} header of a test user signing in with HTTP Basic. */
    public static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void run(ApplicationArguments arguments) {
        for (Role role : new Role[] {Role.RESEARCHER, Role.STAFF, Role.ADMIN}) {
            if (users.find(of(role)).isEmpty()) {
                users.create(of(role), PASSWORD, role);
            }
        }
    }
}
