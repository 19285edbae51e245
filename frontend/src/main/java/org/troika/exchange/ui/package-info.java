/** The Data view: the whole graph or one scope downloaded in every export format. */
package org.troika.exchange.ui;
