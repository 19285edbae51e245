package org.troika.change;

/** The kinds of problem a mutation reports in its payload. */
enum MutationErrorCode {
    UNKNOWN_ID, DUPLICATE, INVALID_VALUE, VERSION_CONFLICT, CONSTRAINT, FORBIDDEN
}
