package org.troika.base;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Applies the ordered schema migrations of {@code cypher/migrations} before anything reads or
 * writes the graph. Neo4j-Migrations records what it applied in the database itself, so each
 * migration runs once per database, embedded or external.
 */
@Component
public class SchemaMigrations implements InitializingBean {

    static final String LOCATION = "classpath:cypher/migrations";

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private final Driver driver;

    SchemaMigrations(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void afterPropertiesSet() {
        var config = MigrationsConfig.builder()
                .withLocationsToScan(LOCATION)
                .withResourceScanner(new SpringResourceScanner())
                .withTransactionMode(MigrationsConfig.TransactionMode.PER_MIGRATION)
                .build();
        var migrations = new Migrations(config, driver);
        migrations.apply().ifPresent(version -> log.info("Graph schema at version {}", version.getValue()));
    }
}
