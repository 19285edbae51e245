package org.troika.measure;

/** A community found in the graph of a scope: its number (0 for the largest) and its number of members. */
public record Community(int id, int size) {
}
