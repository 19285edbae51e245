/** The graph canvas: one component wrapping the JavaScript graph library behind a typed Java API. */
package org.troika.graph.ui;
