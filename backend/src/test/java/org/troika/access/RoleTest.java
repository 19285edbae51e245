package org.troika.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class RoleTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachRoleIncludesTheOnesBelowIt() {
        assertThat(Role.ADMIN.includes(Role.STAFF)).isTrue();
        assertThat(Role.STAFF.includes(Role.RESEARCHER)).isTrue();
        assertThat(Role.RESEARCHER.includes(Role.STAFF)).isFalse();
        assertThat(Role.ANONYMOUS.includes(Role.RESEARCHER)).isFalse();
    }

    @Test
    void authoritiesNameRoles() {
        assertThat(Role.STAFF.authority()).isEqualTo("ROLE_STAFF");
        assertThat(Role.ofAuthority("role_admin")).contains(Role.ADMIN);
        assertThat(Role.ofAuthority("SCOPE_read")).isEmpty();
        assertThat(Role.highestOf(List.of("ROLE_RESEARCHER", "ROLE_STAFF", "other"))).isEqualTo(Role.STAFF);
        assertThat(Role.highestOf(List.of())).isEqualTo(Role.ANONYMOUS);
    }

    @Test
    void theCurrentRoleComesFromTheSecurityContext() {
        assertThat(CurrentRole.get()).isEqualTo(Role.ANONYMOUS);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "pan", "n/a", AuthorityUtils.createAuthorityList("ROLE_STAFF")));
        assertThat(CurrentRole.get()).isEqualTo(Role.STAFF);
        assertThat(CurrentRole.isAtLeast(Role.RESEARCHER)).isTrue();
        assertThat(CurrentRole.isAtLeast(Role.ADMIN)).isFalse();
    }
}
