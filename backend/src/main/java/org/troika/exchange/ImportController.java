package org.troika.exchange;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.troika.change.Actor;

/**
 * {@code POST /api/import} (multipart field {@code file}, {@code dryRun=true|false}, a dry run unless told
 * otherwise) answers with the {@link ImportReport} as JSON; {@code GET /api/import/templates/{kind}.csv|.xlsx}
 * gives the templates, {@code GET /api/import/batches} the imports written. Importing and the batches are for
 * staff ({@code ImportService} checks), recorded as done by the signed-in user. A file that cannot be read, or is
 * larger than 20 MB, gets a 4xx with {@code {"status": ..., "error": "..."}} naming the problem.
 */
@RestController
class ImportController {

    private final ImportService imports;
    private final ImportTemplates templates;

    ImportController(ImportService imports, ImportTemplates templates) {
        this.imports = imports;
        this.templates = templates;
    }

    @PostMapping(path = "/api/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFile(@RequestParam("file") MultipartFile file,
                                 @RequestParam(defaultValue = "true") String dryRun) throws IOException {
        boolean dry = switch (dryRun.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("dryRun '" + dryRun + "' is neither true nor false");
        };
        if (file.getSize() > ImportService.MAX_BYTES) {
            return tooLarge();
        }
        return ResponseEntity.ok(imports.importFile(file.getOriginalFilename(), file.getBytes(), dry, Actor.current()));
    }

    @GetMapping("/api/import/templates/{file}")
    ResponseEntity<byte[]> template(@PathVariable String file) {
        int dot = file.lastIndexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("Give the template as <kind>.csv or <kind>.xlsx, such as estate.xlsx");
        }
        Export template = templates.template(file.substring(0, dot), file.substring(dot + 1));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(template.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(template.fileName()).build().toString())
                .body(template.content());
    }

    @GetMapping("/api/import/templates")
    List<String> templateNames() {
        return templates.names();
    }

    @GetMapping("/api/import/batches")
    List<ImportService.Batch> batches(@RequestParam(defaultValue = "50") int first) {
        if (first < 1 || first > 500) {
            throw new IllegalArgumentException("first must be from 1 to 500, was " + first);
        }
        return imports.batches(first);
    }

    @ExceptionHandler({ImportUnreadableException.class, IllegalArgumentException.class})
    ResponseEntity<Map<String, Object>> badRequest(RuntimeException error) {
        return ImportErrors.error(HttpStatus.BAD_REQUEST, error.getMessage());
    }

    /** {@code ?first=abc}; before the handler below, which would take it for its cause, a NumberFormatException. */
    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<Map<String, Object>> wrongType(TypeMismatchException error) {
        String name = error instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : error.getPropertyName();
        return ImportErrors.error(HttpStatus.BAD_REQUEST, "Parameter '" + name + "' must be a whole number from 1 to 500, not '"
                + error.getValue() + "'");
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, Object>> missing(Exception error) {
        return ImportErrors.error(HttpStatus.BAD_REQUEST, "Give the file to import in the multipart field 'file'");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> notMultipart(MultipartException error) {
        return ImportErrors.error(HttpStatus.BAD_REQUEST, ImportErrors.NOT_MULTIPART);
    }

    private static ResponseEntity<Map<String, Object>> tooLarge() {
        return ImportErrors.error(HttpStatus.CONTENT_TOO_LARGE, "The file is larger than the 20 MB an import takes");
    }
}
