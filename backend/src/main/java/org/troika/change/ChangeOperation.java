package org.troika.change;

/** What a change did to its record; {@code ERASE} replaced a person's personal data with placeholders. */
public enum ChangeOperation {
    ADD, UPDATE, DELETE, ERASE
}
