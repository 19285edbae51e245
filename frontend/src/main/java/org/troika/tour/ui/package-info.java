/** The guided tours in the browser: the list of tours, the step-by-step player on the live graph, and its presentation and trainer modes. */
package org.troika.tour.ui;
