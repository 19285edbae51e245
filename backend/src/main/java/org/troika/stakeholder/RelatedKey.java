package org.troika.stakeholder;

import java.time.LocalDate;

/** One stakeholder's relationship field to load in a batch: which relationship, from whom, valid on which date. */
record RelatedKey(RelationshipSpec spec, String id, LocalDate asOf) {

    /** A string unique within one batch, by which the query's rows find their key again. */
    String key() {
        return id + "|" + asOf;
    }
}
