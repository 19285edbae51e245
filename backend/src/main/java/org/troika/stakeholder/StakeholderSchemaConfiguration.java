package org.troika.stakeholder;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StakeholderSchemaConfiguration {

    @Bean
    GraphQlSourceBuilderCustomizer stakeholderListQueries() {
        return builder -> builder.configureTypeDefinitions(new SchemaAugmentation());
    }
}
