package org.troika.access;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.troika.base.NamedQueries;
import org.troika.base.NotFoundException;

/**
 * Troika's users, kept as {@code User} nodes with a bcrypt hash of their password. Checks names, passwords and
 * roles, and never lets the last enabled admin go. Who may call what is decided where it is called
 * ({@link UserController}, {@link FirstAdmin}).
 */
@Service
@Transactional
public class UserAccounts {

    static final int MAX_USERNAME_LENGTH = 64;

    private final NamedQueries queries;
    private final Neo4jClient neo4j;
    private final PasswordEncoder passwords;

    UserAccounts(NamedQueries queries, Neo4jClient neo4j, PasswordEncoder passwords) {
        this.queries = queries;
        this.neo4j = neo4j;
        this.passwords = passwords;
    }

    /**
     * Creates an enabled user.
     *
     * @param username 1 to 64 letters, digits, dots, hyphens, underscores or {@code @}
     * @param role     researcher, staff or admin
     * @throws IllegalArgumentException naming what is wrong with the name, the password or the role, or that the
     *                                  name is taken
     */
    public UserAccount create(String username, String password, Role role) {
        return create(username, password, role, true);
    }

    /** Creates a user; only the first admin's configured password, outside production, skips the password rules. */
    UserAccount create(String username, String password, Role role, boolean checkPassword) {
        String name = requireUsername(username);
        requireRole(role);
        if (checkPassword) {
            PasswordRules.check(name, password);
        } else if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("A password is needed");
        }
        return neo4j.query(queries.get("access/user-create"))
                .bindAll(Map.of("username", name, "passwordHash", passwords.encode(password), "roles", List.of(role.name()),
                        "createdAt", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS)))
                .fetchAs(UserAccount.class).mappedBy((types, row) -> account(row.get("user")))
                .one().orElseThrow(() -> new IllegalArgumentException("A user named '" + name + "' exists already"));
    }

    /** Every user, by name. */
    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        return List.copyOf(neo4j.query(queries.get("access/user-list"))
                .fetchAs(UserAccount.class).mappedBy((types, row) -> account(row.get("user"))).all());
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        return stored(username).map(StoredUser::account);
    }

    /**
     * Gives a user another role.
     *
     * @throws NotFoundException        for an unknown name
     * @throws IllegalArgumentException for the anonymous role, or when it would leave no enabled admin
     */
    public UserAccount setRole(String username, Role role) {
        requireRole(role);
        UserAccount user = existing(username);
        if (user.role() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherAdmin(user.username(), "take the admin role from");
        }
        return update("access/user-set-roles", Map.of("username", user.username(), "roles", List.of(role.name())));
    }

    /**
     * Disables a user: no more sign-ins, and their tokens stop working.
     *
     * @throws NotFoundException        for an unknown name
     * @throws IllegalArgumentException when the user is the last enabled admin
     */
    public UserAccount disable(String username) {
        UserAccount user = existing(username);
        if (user.role() == Role.ADMIN && user.enabled()) {
            requireAnotherAdmin(user.username(), "disable");
        }
        return update("access/user-disable", Map.of("username", user.username()));
    }

    /**
     * Sets a new password.
     *
     * @throws NotFoundException        for an unknown name
     * @throws IllegalArgumentException naming the rule the password breaks
     */
    public UserAccount resetPassword(String username, String password) {
        UserAccount user = existing(username);
        PasswordRules.check(user.username(), password);
        return update("access/user-set-password", Map.of("username", user.username(), "passwordHash", passwords.encode(password)));
    }

    /** The names of the enabled admins. */
    @Transactional(readOnly = true)
    public List<String> enabledAdmins() {
        return List.copyOf(neo4j.query(queries.get("access/enabled-admins")).fetchAs(String.class).all());
    }

    /** A user with the hash of their password, for signing in. */
    @Transactional(readOnly = true)
    Optional<StoredUser> stored(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return neo4j.query(queries.get("access/user-find")).bind(username.strip()).to("username")
                .fetchAs(StoredUser.class).mappedBy((types, row) -> StoredUser.of(row.get("user"))).one();
    }

    private UserAccount existing(String username) {
        return find(username).orElseThrow(() -> new NotFoundException("user", username));
    }

    private void requireAnotherAdmin(String username, String what) {
        if (enabledAdmins().stream().noneMatch(admin -> !admin.equals(username))) {
            throw new IllegalArgumentException("'" + username + "' is the last enabled admin: make another admin before you "
                    + what + " them");
        }
    }

    private UserAccount update(String query, Map<String, Object> parameters) {
        return neo4j.query(queries.get(query)).bindAll(parameters)
                .fetchAs(UserAccount.class).mappedBy((types, row) -> account(row.get("user"))).one().orElseThrow();
    }

    static String requireUsername(String username) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A user needs a name");
        }
        if (name.length() > MAX_USERNAME_LENGTH) {
            throw new IllegalArgumentException("A user's name has at most " + MAX_USERNAME_LENGTH + " characters, was " + name.length());
        }
        if (!name.matches("[\\p{L}\\p{N}._@-]+")) {
            throw new IllegalArgumentException("A user's name takes letters, digits, '.', '-', '_' and '@' only, was '" + name + "'");
        }
        return name;
    }

    private static void requireRole(Role role) {
        if (role == null || role == Role.ANONYMOUS) {
            throw new IllegalArgumentException("A user's role is RESEARCHER, STAFF or ADMIN, was " + role);
        }
    }

    static UserAccount account(Value user) {
        return new UserAccount(user.get("username").asString(), role(user.get("roles")), user.get("enabled").asBoolean(false),
                user.get("createdAt").asOffsetDateTime());
    }

    private static Role role(Value roles) {
        return Role.highestOf(roles.isNull() ? List.of() : roles.asList(Value::asString));
    }

    /** A user as the database keeps them, with the password hash; never leaves this package. */
    record StoredUser(UserAccount account, String passwordHash) {

        static StoredUser of(Value user) {
            return new StoredUser(UserAccounts.account(user), user.get("passwordHash").asString(null));
        }

        /** The authorities of the user's role and of every role it includes, so that {@code hasRole('STAFF')} holds for admins. */
        List<String> authorities() {
            return Arrays.stream(Role.values()).filter(role -> role != Role.ANONYMOUS && account.role().includes(role))
                    .map(Role::authority).toList();
        }

        @Override
        public String toString() {
            return "StoredUser[" + account.username() + ", " + account.role() + "]";
        }
    }
}
