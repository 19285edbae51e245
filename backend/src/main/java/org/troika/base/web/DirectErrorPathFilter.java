package org.troika.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Boot's error page answers a request for its own address, {@code GET /error}, with a 500 (status 999,
 * "None"): there is no error to report. Such a request gets a 404 here; errors forwarded to the page (error
 * dispatches, which this filter does not see) are answered as before.
 */
@Configuration(proxyBeanMethods = false)
class DirectErrorPathFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> directErrorPath(@Value("${server.error.path:/error}") String path) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.getWriter().write("{\"status\":404,\"error\":\"Not Found\"}");
            }
        });
        registration.addUrlPatterns(path);
        return registration;
    }
}
