package org.troika.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.test.context.support.WithUserDetails;
import org.troika.TestUsers;
import org.troika.TroikaTest;
import org.troika.base.NotFoundException;

/** Users in the database: created, changed and signed in with, passwords kept as bcrypt hashes and checked. */
@TroikaTest
class UserAccountsTests {

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    GraphQlSource graphQlSource;

    @AfterEach
    void removeTheUsersMade() {
        neo4j.query("MATCH (u:User) WHERE u.username STARTS WITH 'users-test-' OPTIONAL MATCH (t:ApiToken)-[:TOKEN_OF]->(u) DETACH DELETE t, u").run();
    }

    @Test
    void a_user_is_stored_with_a_bcrypt_hash_and_signs_in_with_the_password_only() throws Exception {
        users.create("users-test-li", "a long enough passphrase", Role.RESEARCHER);

        String hash = neo4j.query("MATCH (u:User {username: 'users-test-li'}) RETURN u.passwordHash").fetchAs(String.class).one().orElseThrow();
        assertThat(hash).startsWith("$2").doesNotContain("passphrase");
        var manager = authentication.getAuthenticationManager();
        var signedIn = manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("users-test-li", "a long enough passphrase"));
        assertThat(roles(signedIn)).containsExactly("ROLE_RESEARCHER");
        assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("users-test-li", "a wrong passphrase!")))
                .isInstanceOf(BadCredentialsException.class);

        users.disable("users-test-li");
        assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("users-test-li", "a long enough passphrase")))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void an_admin_holds_the_authorities_of_every_role_below() throws Exception {
        users.create("users-test-admin", "a long enough passphrase", Role.ADMIN);

        var signedIn = authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("users-test-admin", "a long enough passphrase"));
        assertThat(roles(signedIn)).containsExactlyInAnyOrder("ROLE_RESEARCHER", "ROLE_STAFF", "ROLE_ADMIN");
    }

    @Test
    void weak_passwords_bad_names_taken_names_and_the_anonymous_role_are_refused_naming_the_problem() {
        assertThatThrownBy(() -> users.create("users-test-a", "short", Role.STAFF)).hasMessage("A password needs at least 12 characters, this one has 5");
        assertThatThrownBy(() -> users.create("users-test-a", "aaaaaaaaaaaaaaa", Role.STAFF)).hasMessage("A password needs at least 5 different characters");
        assertThatThrownBy(() -> users.create("users-test-a", "my users-test-a secret", Role.STAFF)).hasMessage("A password must not contain the user's name");
        assertThatThrownBy(() -> users.create("users-test-a", "Password2024!", Role.STAFF)).hasMessageContaining("well-known default");
        assertThatThrownBy(() -> users.create("users test", "a long enough passphrase", Role.STAFF)).hasMessageContaining("letters, digits");
        assertThatThrownBy(() -> users.create("users-test-a", "a long enough passphrase", Role.ANONYMOUS)).hasMessageContaining("RESEARCHER, STAFF or ADMIN");
        users.create("users-test-a", "a long enough passphrase", Role.STAFF);
        assertThatThrownBy(() -> users.create("users-test-a", "another long passphrase", Role.STAFF)).hasMessage("A user named 'users-test-a' exists already");
        assertThatThrownBy(() -> users.resetPassword("users-test-nobody", "another long passphrase")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_last_enabled_admin_can_be_neither_disabled_nor_demoted() {
        users.create("users-test-admin", "a long enough passphrase", Role.ADMIN);
        var others = users.enabledAdmins().stream().filter(name -> !name.equals("users-test-admin")).toList();
        others.forEach(name -> neo4j.query("MATCH (u:User {username: $name}) SET u.enabled = false").bind(name).to("name").run());
        try {
            assertThatThrownBy(() -> users.disable("users-test-admin")).hasMessageContaining("last enabled admin");
            assertThatThrownBy(() -> users.setRole("users-test-admin", Role.STAFF)).hasMessageContaining("last enabled admin");
        } finally {
            others.forEach(name -> neo4j.query("MATCH (u:User {username: $name}) SET u.enabled = true").bind(name).to("name").run());
        }
        assertThat(users.setRole("users-test-admin", Role.STAFF).role()).isEqualTo(Role.STAFF);
    }

    @Test
    void a_token_signs_in_as_its_user_until_revoked_and_only_its_hash_is_kept() {
        users.create("users-test-token", "a long enough passphrase", Role.RESEARCHER);
        NewApiToken created = tokens.create("users-test-token", "nightly export");

        assertThat(created.secret()).startsWith(ApiTokens.PREFIX).hasSizeGreaterThan(40);
        assertThat(tokens.user(created.secret())).get().extracting(user -> user.account().username()).isEqualTo("users-test-token");
        assertThat(neo4j.query("MATCH (t:ApiToken {id: $id}) RETURN t.hash").bind(created.token().id()).to("id").fetchAs(String.class).one())
                .get().isNotEqualTo(created.secret()).isEqualTo(ApiTokens.hash(created.secret()));
        assertThat(tokens.of("users-test-token")).extracting(ApiToken::name).containsExactly("nightly export");
        assertThatThrownBy(() -> tokens.revoke(created.token().id(), "someone-else", false)).isInstanceOf(NotFoundException.class);

        tokens.revoke(created.token().id(), "users-test-token", false);

        assertThat(tokens.user(created.secret())).isEmpty();
    }

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void admins_manage_users_through_graphql_and_passwords_never_come_back() {
        graphQl.document("mutation { createUser(username: \"users-test-gq\", password: \"a long enough passphrase\", role: STAFF) { username role enabled } }")
                .execute().path("createUser.role").entity(String.class).isEqualTo("STAFF")
                .path("createUser.enabled").entity(Boolean.class).isEqualTo(true);
        graphQl.document("mutation { setUserRole(username: \"users-test-gq\", role: RESEARCHER) { role } }")
                .execute().path("setUserRole.role").entity(String.class).isEqualTo("RESEARCHER");
        graphQl.document("mutation { resetPassword(username: \"users-test-gq\", password: \"short\") { username } }")
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(error.getMessage()).contains("at least 12 characters");
                }));
        graphQl.document("mutation { disableUser(username: \"users-test-gq\") { enabled } }")
                .execute().path("disableUser.enabled").entity(Boolean.class).isEqualTo(false);
        graphQl.document("{ users { username role enabled } }").execute()
                .path("users[*].username").entityList(String.class).contains("users-test-gq", TestUsers.ADMIN);
        assertThat(graphQlSource.schema().getObjectType("User").getFieldDefinitions()).extracting(field -> field.getName())
                .doesNotContain("password", "passwordHash");
    }

    @Test
    void a_weak_configured_admin_password_stops_a_production_start_and_is_only_warned_about_elsewhere() {
        var production = new MockEnvironment();
        production.setActiveProfiles(FirstAdmin.PRODUCTION);
        var weak = new AdminProperties("users-test-first", "admin123");

        assertThatThrownBy(() -> new FirstAdmin(users, weak, production).run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refused in production").hasMessageContaining("TROIKA_ADMIN_PASSWORD");
        assertThat(users.find("users-test-first")).isEmpty();
    }

    @Test
    void without_an_enabled_admin_the_first_admin_is_made_with_a_one_time_password() {
        var admins = users.enabledAdmins();
        admins.forEach(name -> neo4j.query("MATCH (u:User {username: $name}) SET u.enabled = false").bind(name).to("name").run());
        try {
            new FirstAdmin(users, new AdminProperties("users-test-first", null), new MockEnvironment()).run(new DefaultApplicationArguments());
            assertThat(users.find("users-test-first")).get().extracting(UserAccount::role).isEqualTo(Role.ADMIN);
            assertThat(users.enabledAdmins()).containsExactly("users-test-first");
        } finally {
            admins.forEach(name -> neo4j.query("MATCH (u:User {username: $name}) SET u.enabled = true").bind(name).to("name").run());
        }
    }

    /** The role authorities; Spring Security adds others, such as the factor a sign-in used. */
    private static java.util.List<String> roles(org.springframework.security.core.Authentication signedIn) {
        return signedIn.getAuthorities().stream().map(Object::toString).filter(name -> name.startsWith("ROLE_")).toList();
    }
}
