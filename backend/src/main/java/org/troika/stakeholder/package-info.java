/** The stakeholders of neighbourhood co-governance: their kinds, names and provenance. */
package org.troika.stakeholder;
