package org.troika.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of the HTTP API when access is refused, as JSON like its other errors
 * ({@code {"status": 401, "error": "..."}}): 401 with the ways to sign in for a missing or wrong sign-in, 403 for a
 * role that is not allowed or a session request without its CSRF token.
 */
final class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Troika";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException problem) throws IOException {
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"");
        boolean triedToSignIn = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        write(response, HttpStatus.UNAUTHORIZED, triedToSignIn
                ? "The user name and password, or the API token, were not accepted: " + problem.getMessage()
                : "Sign in to " + request.getMethod() + " " + request.getRequestURI()
                        + ": give a user name and password (HTTP Basic) or an API token (Authorization: Bearer ...)");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        if (denied instanceof CsrfException) {
            write(response, HttpStatus.FORBIDDEN, "This request uses a browser session but lacks its CSRF token: send the "
                    + "token of GET /api/csrf in the X-CSRF-TOKEN header, or sign in with HTTP Basic or an API token instead");
            return;
        }
        write(response, HttpStatus.FORBIDDEN, "Your role " + CurrentRole.get() + " may not " + request.getMethod() + " "
                + request.getRequestURI());
    }

    static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", message);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JsonMapper.shared().writeValueAsString(body));
    }
}
