package org.troika.change;

/**
 * Why a mutation did not happen, as its payload reports it rather than as a GraphQL error: the caller asked for
 * something the model refuses, which is an answer, not a failure.
 *
 * @param field the input field at fault ({@code name}, {@code properties.stars}); null when no single one is
 */
record MutationError(MutationErrorCode code, String message, String field) {
}
