package org.troika.graph.ui;

/** How the canvas places its stakeholders. */
public enum CanvasLayout {

    /** Linked stakeholders pull together, all others push apart; computed off the page's main thread. */
    FORCE,

    /** Rings around a focus stakeholder, one ring per hop. */
    RADIAL,

    /**
     * A top-down tree along the place, grid and party-organisation chains ({@code LOCATED_IN}, {@code PART_OF},
     * {@code MEMBER_OF}, {@code LEADS}), the containing or leading body on top; other stakeholders hang below a neighbour.
     */
    HIERARCHICAL
}
