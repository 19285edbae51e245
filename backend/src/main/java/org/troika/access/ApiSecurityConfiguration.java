package org.troika.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.RequestCacheConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Who may call the HTTP API ({@code /graphql}, {@code /api/**}): HTTP Basic with a user's name and password, an
 * API token as {@code Authorization: Bearer}, or the browser session of a user signed in to the UI. The URL rules
 * here are the second line; the first is {@code @PreAuthorize} on every operation that changes something.
 * <p>
 * CSRF: a request that rides on a browser session (it carries the session cookie and no {@code Authorization}
 * header) must send the session's CSRF token ({@code GET /api/csrf}) in {@code X-CSRF-TOKEN}; a request that signs
 * itself in with Basic or a token cannot be forged by another site, as a browser never adds those on its own.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurityConfiguration {

    static final String[] API_PATHS = {"/graphql", "/graphql/**", "/api/**"};

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokens tokens) throws Exception {
        var errors = new JsonSecurityErrors();
        http.securityMatcher(API_PATHS)
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/api/backup", "/api/backup/**", "/api/restore", "/api/restore/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/import").hasRole(Role.STAFF.name())
                        .requestMatchers(HttpMethod.GET, "/api/import/batches").hasRole(Role.STAFF.name())
                        .requestMatchers(HttpMethod.GET, "/api/import/templates", "/api/import/templates/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/export/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/csrf").permitAll()
                        // every operation checks its own role: reading is open, changing is not
                        .requestMatchers("/graphql", "/graphql/**").permitAll()
                        // an endpoint not named above is for staff until it is given a rule of its own
                        .anyRequest().hasRole(Role.STAFF.name()))
                .httpBasic(basic -> basic.realmName(JsonSecurityErrors.REALM).authenticationEntryPoint(errors))
                .addFilterBefore(new BearerTokenFilter(tokens, errors), BasicAuthenticationFilter.class)
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(ApiSecurityConfiguration::ridesOnSession)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .requestCache(RequestCacheConfigurer::disable);
        return http.build();
    }

    /** A request that changes something on the strength of a browser session alone. */
    static boolean ridesOnSession(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getRequestedSessionId() != null
                && request.getSession(false) != null;
    }
}
