package org.troika.backup;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring bean (or one of its methods) that writes the graph. Each call passes the backup gate: it runs
 * while no online backup or restore reads or writes the graph, and a backup waits until running calls are done,
 * so a backup holds every such call whole or not at all. Methods marked {@code @Transactional(readOnly = true)}
 * pass without waiting. The gate is taken outside the method's transaction, so it is held until the commit.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface GraphWrites {
}
