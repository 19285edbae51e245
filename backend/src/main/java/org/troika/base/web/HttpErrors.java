package org.troika.base.web;

import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The error body of every HTTP endpoint that has no handler of its own for an error:
 * {@code {"status": 400, "error": "..."}}. Spring MVC's own errors (a wrong method, a missing parameter, a
 * parameter of the wrong type, an unreadable body, an unknown address) keep their 4xx status with Spring's
 * short description; anything else is a 500 with a neutral message and an error id, and only the log holds
 * the id with the exception and its stack trace. No body ever shows an exception's class, message or trace.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class HttpErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(HttpErrors.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> internalError(Exception error, WebRequest request) {
        String errorId = UUID.randomUUID().toString();
        log.error("Internal error {} in {}", errorId, request.getDescription(false), error);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", 500, "errorId", errorId,
                        "error", "Internal error " + errorId + ": the server could not complete the request. "
                                + "Please quote the error id when reporting it."));
    }

    /** {@code ?first=abc}: named in the caller's terms, not in Java's ({@code java.lang.String}, {@code int}). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException error, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = error.getPropertyName() != null ? error.getPropertyName()
                : error instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : "a parameter";
        Class<?> type = error.getRequiredType();
        String expected = type == null ? "of another type"
                : type == int.class || type == Integer.class || type == long.class || type == Long.class ? "a whole number within range"
                : type == boolean.class || type == Boolean.class ? "true or false"
                : "of another type";
        return handleExceptionInternal(error, Map.of("message", "Parameter '" + name + "' must be " + expected
                + ", not '" + error.getValue() + "'"), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception error, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (body == null && error instanceof ErrorResponse response) {
            body = response.getBody();
        }
        String message = body instanceof ProblemDetail problem && problem.getDetail() != null ? problem.getDetail()
                : body instanceof Map<?, ?> own && own.get("message") instanceof String text ? text
                : HttpStatus.valueOf(status.value()).getReasonPhrase();
        HttpHeaders json = new HttpHeaders();
        json.addAll(headers);
        json.setContentType(MediaType.APPLICATION_JSON);
        return ResponseEntity.status(status).headers(json).body(Map.of("status", status.value(), "error", message));
    }
}
