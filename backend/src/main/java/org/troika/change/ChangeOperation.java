package org.troika.change;

/** What a change did to its record. */
public enum ChangeOperation {
    ADD, UPDATE, DELETE
}
