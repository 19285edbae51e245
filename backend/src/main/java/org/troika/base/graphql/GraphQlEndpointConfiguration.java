package org.troika.base.graphql;

import graphql.execution.instrumentation.Instrumentation;
import org.neo4j.driver.observation.ObservationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The GraphQL endpoint's guard on the HTTP body (size, one JSON object), its answers to requests that are not
 * GraphQL over HTTP, and its limits and statement count, as graphql-java instrumentations that
 * Spring Boot applies to every request, whatever its transport. In the order of their checks: the
 * statement count and the timeout wrap the whole request; introspection is switched off if so configured; the document's length before parsing;
 * its operations and aliases before validation; then depth, page sizes and complexity of the
 * operation to execute.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimits.class)
class GraphQlEndpointConfiguration {

    /** Reports the driver's statements to the counter: the driver's configuration takes it up. */
    @Bean
    ObservationProvider cypherStatementObservation(CypherStatementCounter counter) {
        return counter.observationProvider();
    }

    @Bean
    FilterRegistrationBean<GraphQlRequestGuard> graphQlRequestGuard(@Value("${spring.graphql.http.path:/graphql}") String path,
            @Value("${" + GraphQlRequestGuard.PROPERTY + ":1MB}") DataSize maxRequestSize) {
        var registration = new FilterRegistrationBean<>(new GraphQlRequestGuard(path, maxRequestSize));
        registration.addUrlPatterns(path);
        return registration;
    }

    /** Before Spring Boot's GraphQL routes ({@code @Order(0)}). */
    @Bean
    @Order(-1)
    RouterFunction<ServerResponse> graphQlHttpFallback(@Value("${spring.graphql.http.path:/graphql}") String path) {
        return GraphQlHttpFallback.routes(path);
    }

    @Bean
    @Order(0)
    Instrumentation statementCountInstrumentation(
            @Value("${troika.graphql.expose-statement-count:false}") boolean exposeStatementCount) {
        return new StatementCountInstrumentation(exposeStatementCount);
    }

    @Bean
    @Order(1)
    Instrumentation executionTimeoutInstrumentation(GraphQlLimits limits) {
        return new ExecutionTimeoutInstrumentation(limits.timeout());
    }

    @Bean
    @Order(1)
    @ConditionalOnBooleanProperty(name = "troika.graphql.introspection", havingValue = false)
    Instrumentation introspectionSwitch() {
        return new IntrospectionSwitch();
    }

    @Bean
    @Order(2)
    Instrumentation documentLimitsInstrumentation(GraphQlLimits limits) {
        return new DocumentLimitsInstrumentation(limits);
    }

    @Bean
    @Order(3)
    Instrumentation operationLimitsInstrumentation(GraphQlLimits limits) {
        return new OperationLimitsInstrumentation(limits);
    }

    @Bean
    @Order(4)
    Instrumentation complexityLimitInstrumentation(GraphQlLimits limits) {
        return new ComplexityLimitInstrumentation(limits);
    }
}
