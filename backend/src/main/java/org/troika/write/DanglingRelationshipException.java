package org.troika.write;

/** A relationship to write ends at a stakeholder the graph does not hold; its transaction writes nothing. */
public class DanglingRelationshipException extends RuntimeException {

    DanglingRelationshipException(long expected, long created) {
        super((expected - created) + " of " + expected + " relationships end at a stakeholder the graph does not hold");
    }
}
