package org.troika.change;

import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/** The problems found with one mutation's input, gathered before anything is written so that all are reported at once. */
final class Problems {

    private final List<MutationError> errors = new ArrayList<>();

    void add(MutationErrorCode code, String field, String message) {
        errors.add(new MutationError(code, message, field));
    }

    void invalid(String field, String message) {
        add(MutationErrorCode.INVALID_VALUE, field, message);
    }

    boolean any() {
        return !errors.isEmpty();
    }

    /**
     * The problems, for the payload; rolls the current transaction back, so that even a lock taken while
     * checking leaves no trace.
     */
    List<MutationError> refuse() {
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return List.copyOf(errors);
    }

    /** A required text: not null, not blank. */
    String requiredText(String field, Object value, String what) {
        if (!(value instanceof String text) || text.isBlank()) {
            invalid(field, what + " is required and cannot be blank");
            return null;
        }
        return text;
    }
}
