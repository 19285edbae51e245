package org.troika.change;

/** What a change did to its record. */
enum ChangeOperation {
    ADD, UPDATE, DELETE
}
