package org.troika.graph;

/** A relationship as drawn on the canvas, between two stakeholder ids. */
public record GraphLink(String id, String type, String source, String target) {
}
