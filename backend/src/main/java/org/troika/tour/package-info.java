/** Guided tours for trainers: steps through the graph read from YAML files, validated against the graph, the facts and the glossary. */
package org.troika.tour;
