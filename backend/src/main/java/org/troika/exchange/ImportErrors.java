package org.troika.exchange;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload over the size limit, or one the servlet container cannot parse, fails before any controller sees it;
 * this answers it with a 413 or a 400 and a JSON error naming the problem, as {@code POST /api/import} answers
 * other errors. Ordered first, as Spring MVC's own handling in {@code HttpErrors} would answer them too.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportErrors {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException error) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "The file is larger than the 20 MB an import takes");
    }

    /**
     * A multipart body the container cannot parse (a broken body, a file name with a NUL) fails before any
     * controller sees it, like an upload over the limit.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> notMultipart(MultipartException error) {
        return error(HttpStatus.BAD_REQUEST, NOT_MULTIPART);
    }

    static final String NOT_MULTIPART = "The upload is not a readable multipart request: send multipart/form-data "
            + "with the file in the field 'file'";

    static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", status.value(), "error", message));
    }
}
