package org.troika.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.troika.base.NotFoundException;

/**
 * {@code GET /api/export/{format}}: the whole graph, a scope ({@code ?scope=yingpu}) or a scene
 * ({@code ?ids=a,b,c}, with {@code &asOf=2024-05-01} if wanted) as a file to download; people's personal data only
 * with {@code &personal=true}, for staff. Bad input is a 400, personal data asked for below staff a 403, an
 * unknown id a 404, each with {@code {"status": ..., "error": "..."}} naming the problem.
 */
@RestController
class ExportController {

    private final SceneExport exports;

    ExportController(SceneExport exports) {
        this.exports = exports;
    }

    @GetMapping("/api/export/{format}")
    ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) String scope,
                                  @RequestParam(required = false) String ids, @RequestParam(required = false) String asOf,
                                  @RequestParam(defaultValue = "false") boolean personal) {
        ExportFormat chosen = ExportFormat.parse(format);
        if (scope != null && ids != null) {
            throw new IllegalArgumentException("Give either scope or ids, not both");
        }
        if (asOf != null && ids == null) {
            throw new IllegalArgumentException("asOf applies to a scene: give ids too");
        }
        Export export;
        if (scope != null) {
            export = exports.scope(chosen, requireText("scope", scope), personal);
        } else if (ids != null) {
            export = exports.scene(chosen, ids(ids), date(asOf), personal);
        } else {
            export = exports.graph(chosen, personal);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.fileName()).build().toString())
                .body(export.content());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> badRequest(IllegalArgumentException error) {
        return error(HttpStatus.BAD_REQUEST, error.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> forbidden(AccessDeniedException error) {
        return error(HttpStatus.FORBIDDEN, error.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException error) {
        return error(HttpStatus.NOT_FOUND, error.getMessage());
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", status.value(), "error", message));
    }

    private static List<String> ids(String ids) {
        List<String> list = Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
        if (list.isEmpty()) {
            throw new IllegalArgumentException("ids is empty: give stakeholder ids separated by commas");
        }
        return list;
    }

    private static LocalDate date(String asOf) {
        if (asOf == null) {
            return null;
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("asOf '" + asOf + "' is not a date such as 2024-05-01");
        }
    }

    private static String requireText(String name, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is empty: give a stakeholder id");
        }
        return value.strip();
    }
}
