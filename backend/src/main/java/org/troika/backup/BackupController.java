package org.troika.backup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/backup} downloads an online backup of the whole graph ({@code .troika-backup.jsonl.gz});
 * {@code POST /api/restore} with the file as the request body ({@code replace=true} to replace a graph that is
 * not empty) restores one and answers with what it restored. The backup is written to a temporary file first, so
 * that writes wait only while the database is read, not while a slow client downloads. Errors come back as
 * {@code {"status": ..., "error": "..."}}: 400 for a file that is not a whole backup, 409 for a database that is
 * not empty, 503 when writes kept the graph busy, 500 when the graph changed under a backup.
 */
@RestController
class BackupController {

    static final String CONTENT_TYPE = "application/gzip";

    private final GraphBackup backup;
    private final GraphRestore restore;

    BackupController(GraphBackup backup, GraphRestore restore) {
        this.backup = backup;
        this.restore = restore;
    }

    @GetMapping("/api/backup")
    void backup(HttpServletResponse response) throws IOException {
        Path file = Files.createTempFile("troika-backup-", BackupFile.EXTENSION);
        try {
            BackupSummary summary;
            try (OutputStream out = Files.newOutputStream(file)) {
                summary = backup.write(out);
            }
            String name = "troika-" + summary.createdAt().replace(":", "-") + BackupFile.EXTENSION;
            response.setContentType(CONTENT_TYPE);
            response.setContentLengthLong(Files.size(file));
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
            response.setHeader("X-Troika-Backup-Nodes", Long.toString(summary.nodes()));
            response.setHeader("X-Troika-Backup-Relationships", Long.toString(summary.relationships()));
            Files.copy(file, response.getOutputStream());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @PostMapping("/api/restore")
    BackupSummary restore(HttpServletRequest request, @RequestParam(defaultValue = "false") String replace) throws IOException {
        boolean replacing = switch (replace.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BackupFileException("replace '" + replace + "' is neither true nor false");
        };
        Path file = Files.createTempFile("troika-restore-", BackupFile.EXTENSION);
        try {
            try (InputStream in = request.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return restore.restore(file, "The uploaded backup", replacing);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @ExceptionHandler(BackupFileException.class)
    ResponseEntity<Map<String, Object>> badFile(BackupFileException error) {
        return error(HttpStatus.BAD_REQUEST, error.getMessage());
    }

    @ExceptionHandler(ClientException.class)
    ResponseEntity<Map<String, Object>> refusedByDatabase(ClientException error) {
        return error(HttpStatus.BAD_REQUEST, "The database refused the backup's data, and nothing was restored: " + error.getMessage());
    }

    @ExceptionHandler(GraphNotEmptyException.class)
    ResponseEntity<Map<String, Object>> notEmpty(GraphNotEmptyException error) {
        return error(HttpStatus.CONFLICT, error.getMessage());
    }

    /** The graph changed under the backup: a client wrote through Bolt past Troika. */
    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<Map<String, Object>> failed(IllegalStateException error) {
        return error(HttpStatus.INTERNAL_SERVER_ERROR, error.getMessage());
    }

    @ExceptionHandler(GraphBusyException.class)
    ResponseEntity<Map<String, Object>> busy(GraphBusyException error) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, error.getMessage());
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", message);
        return ResponseEntity.status(status).body(body);
    }
}
