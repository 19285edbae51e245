package org.troika.access;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Reads users from the database for signing in, with the authorities of their role. */
@Service
class TroikaUserDetailsService implements UserDetailsService {

    private final UserAccounts users;

    TroikaUserDetailsService(UserAccounts users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.stored(username).map(TroikaUserDetailsService::details)
                .orElseThrow(() -> new UsernameNotFoundException("No user named '" + username + "'"));
    }

    static UserDetails details(UserAccounts.StoredUser user) {
        return User.withUsername(user.account().username())
                .password(user.passwordHash() == null ? "" : user.passwordHash())
                .authorities(user.authorities().toArray(String[]::new))
                .disabled(!user.account().enabled())
                .build();
    }
}
