package org.troika.access;

import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Users and API tokens over GraphQL: admins manage users, every signed-in user their own tokens. */
@Controller
class UserController {

    private final UserAccounts users;
    private final ApiTokens tokens;

    UserController(UserAccounts users, ApiTokens tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @QueryMapping
    Me me() {
        return new Me(CurrentUser.name().orElse(null), CurrentRole.get());
    }

    @QueryMapping
    @PreAuthorize(Allowed.ADMIN)
    List<UserAccount> users() {
        return users.list();
    }

    @MutationMapping
    @PreAuthorize(Allowed.ADMIN)
    UserAccount createUser(@Argument String username, @Argument String password, @Argument Role role) {
        return users.create(username, password, role);
    }

    @MutationMapping
    @PreAuthorize(Allowed.ADMIN)
    UserAccount setUserRole(@Argument String username, @Argument Role role) {
        return users.setRole(username, role);
    }

    @MutationMapping
    @PreAuthorize(Allowed.ADMIN)
    UserAccount disableUser(@Argument String username) {
        return users.disable(username);
    }

    @MutationMapping
    @PreAuthorize(Allowed.ADMIN)
    UserAccount resetPassword(@Argument String username, @Argument String password) {
        return users.resetPassword(username, password);
    }

    @QueryMapping
    @PreAuthorize(Allowed.RESEARCHER)
    List<ApiToken> apiTokens() {
        return tokens.of(signedIn());
    }

    @MutationMapping
    @PreAuthorize(Allowed.RESEARCHER)
    NewApiToken createApiToken(@Argument String name) {
        return tokens.create(signedIn(), name);
    }

    @MutationMapping
    @PreAuthorize(Allowed.RESEARCHER)
    String revokeApiToken(@Argument String id) {
        tokens.revoke(id, signedIn(), CurrentRole.isAtLeast(Role.ADMIN));
        return id;
    }

    private static String signedIn() {
        return CurrentUser.name().orElseThrow(() -> new IllegalStateException("@PreAuthorize lets only signed-in users here"));
    }
}
