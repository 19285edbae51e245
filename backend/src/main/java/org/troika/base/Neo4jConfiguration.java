package org.troika.base;

import java.util.concurrent.TimeUnit;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.observation.ObservationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Neo4j driver every feature uses: connected to the embedded database by default, or to the
 * server or cluster named by {@code troika.neo4j.uri}. Either way the code talks Bolt through the
 * ordinary driver, so the same queries run against one machine or a cluster.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TroikaProperties.class)
class Neo4jConfiguration {

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnExpression("'${troika.neo4j.uri:}'.isBlank()")
    DatabaseManagementService embeddedDatabase(TroikaProperties properties) {
        return EmbeddedNeo4j.start(properties);
    }

    /**
     * Depends on the embedded database (when there is one) so that it starts first and stops last.
     * An {@link ObservationProvider} bean, when there is one, observes every statement the driver runs.
     */
    @Bean(destroyMethod = "close")
    Driver neo4jDriver(TroikaProperties properties, ObjectProvider<DatabaseManagementService> embeddedDatabase,
            ObjectProvider<ObservationProvider> observationProvider) {
        TroikaProperties.External connection = properties.neo4j();
        // a database that cannot be reached fails a request within these bounds instead of hanging it
        Config.ConfigBuilder builder = Config.builder().withUserAgent("troika")
                .withConnectionTimeout(connection.connectionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionAcquisitionTimeout(connection.connectionAcquisitionTimeout().toMillis(),
                        TimeUnit.MILLISECONDS);
        observationProvider.ifAvailable(builder::withObservationProvider);
        Config config = builder.build();
        if (properties.embedded()) {
            embeddedDatabase.getObject();
            return GraphDatabase.driver("bolt://127.0.0.1:" + properties.boltPort(), AuthTokens.none(), config);
        }
        var auth = connection.username() == null || connection.username().isBlank()
                ? AuthTokens.none()
                : AuthTokens.basic(connection.username(), connection.password() == null ? "" : connection.password());
        return GraphDatabase.driver(connection.uri(), auth, config);
    }
}
