package org.troika.base;

import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The HTTP API's answers ({@code /api/import}, {@code /api/export}) to faults of the database rather
 * than of the request, in the API's error shape {@code {"status": ..., "error": "..."}}: 507 while
 * writes are refused for lack of disk space, 503 while the database cannot be reached.
 */
@RestControllerAdvice
class DatabaseFaultResponses {

    @ExceptionHandler(DiskSpaceLowException.class)
    ResponseEntity<Map<String, Object>> diskSpaceLow(DiskSpaceLowException error) {
        return error(HttpStatus.INSUFFICIENT_STORAGE, error.getMessage());
    }

    @ExceptionHandler({TransactionException.class, DataAccessException.class,
            org.neo4j.driver.exceptions.Neo4jException.class})
    ResponseEntity<Map<String, Object>> unreachable(Exception error) throws Exception {
        if (!DatabaseUnreachable.isCauseOf(error)) {
            throw error; // not a lost database: the usual handling (a 500 with nothing internal)
        }
        return error(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnreachable.MESSAGE);
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", status.value(), "error", message));
    }
}
