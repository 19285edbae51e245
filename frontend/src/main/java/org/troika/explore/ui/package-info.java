/** The explorer's start page: the graph of one sub-district, with details and provenance of what is selected. */
package org.troika.explore.ui;
