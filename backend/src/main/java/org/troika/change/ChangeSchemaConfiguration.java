package org.troika.change;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ChangeSchemaConfiguration {

    @Bean
    GraphQlSourceBuilderCustomizer stakeholderMutations() {
        return builder -> builder.configureTypeDefinitions(new MutationSchema());
    }
}
