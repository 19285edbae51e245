package org.troika.base.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

class GraphQlLimitsTests {

    @Test
    void the_backend_properties_set_the_documented_defaults() throws IOException {
        var sources = new MutablePropertySources();
        sources.addFirst(new ResourcePropertySource(new ClassPathResource("troika-backend.properties")));
        var binder = new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources));

        assertThat(binder.bind("troika.graphql", GraphQlLimits.class).get()).isEqualTo(GraphQlLimits.defaults());
    }

    @Test
    void without_any_property_the_limits_are_the_same_defaults() {
        var binder = new Binder(ConfigurationPropertySources.from(new MutablePropertySources()));

        assertThat(binder.bindOrCreate("troika.graphql", GraphQlLimits.class)).isEqualTo(GraphQlLimits.defaults());
    }

    @Test
    void a_limit_that_is_not_positive_is_refused_naming_the_property() {
        assertThatThrownBy(() -> new GraphQlLimits(0, 2000, 30, 500, 5, 20_000, Duration.ofSeconds(10)))
                .hasMessage("troika.graphql.max-depth must be positive, not 0");
        assertThatThrownBy(() -> new GraphQlLimits(12, 2000, 30, 500, 5, 20_000, Duration.ZERO))
                .hasMessage("troika.graphql.timeout must be positive, not PT0S");
    }
}
