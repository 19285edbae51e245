package org.troika.base.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Cross-origin access to {@code /graphql} and {@code /api/**}: none by default, so a browser on another site
 * gets no {@code Access-Control-Allow-Origin} and cannot read an answer; {@code troika.cors.allowed-origins}
 * ({@code TROIKA_CORS_ALLOWED_ORIGINS}, comma-separated) opens it to the origins named there and no others.
 */
@Configuration(proxyBeanMethods = false)
class CrossOriginConfiguration implements WebMvcConfigurer {

    static final List<String> PATHS = List.of("/graphql/**", "/api/**");

    private final List<String> allowedOrigins;

    CrossOriginConfiguration(@Value("${troika.cors.allowed-origins:}") List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).toList();
        if (this.allowedOrigins.contains("*")) {
            throw new IllegalArgumentException("troika.cors.allowed-origins names origins such as https://ui.example.org; "
                    + "'*' would open Troika to every site");
        }
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (allowedOrigins.isEmpty()) {
            return;
        }
        for (String path : PATHS) {
            registry.addMapping(path)
                    .allowedOrigins(allowedOrigins.toArray(String[]::new))
                    .allowedMethods("GET", "POST")
                    .allowedHeaders("*")
                    .maxAge(1800);
        }
    }
}
