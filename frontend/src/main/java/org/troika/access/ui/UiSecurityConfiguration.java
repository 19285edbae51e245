package org.troika.access.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The browser UI: Vaadin's own security setup (its CSRF protection, the login view at {@code /login}, sign-out,
 * and access checks of every view from its {@code @AnonymousAllowed} or {@code @RolesAllowed}). The GraphQL and
 * HTTP API have a filter chain of their own, consulted first; GraphiQL and the stylesheets are open to all.
 */
@Configuration
class UiSecurityConfiguration {

    @Bean
    @Order(10)
    SecurityFilterChain uiSecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(rules -> rules.requestMatchers("/graphiql", "/graphiql/**", "/styles/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
