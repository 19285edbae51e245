package org.troika.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Checks the {@code @PreAuthorize} of every operation, and hashes passwords with bcrypt; with or without a web server. */
@Configuration
@EnableMethodSecurity
class MethodSecurityConfiguration {

    /** {@code troika.password.bcrypt-strength}: log2 of the rounds of a new hash; a stored hash keeps its own. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${troika.password.bcrypt-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }
}
