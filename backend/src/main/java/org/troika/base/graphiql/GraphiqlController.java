package org.troika.base.graphiql;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves GraphiQL with Troika's examples as its opening tabs, in place of Spring's plain page; it can
 * be switched off with {@code troika.graphiql.enabled=false}.
 */
@RestController
@ConditionalOnProperty(name = "troika.graphiql.enabled", matchIfMissing = true)
class GraphiqlController {

    private final GraphQlExamples examples;
    private final Resource page = new ClassPathResource("graphiql/troika-graphiql.html");

    GraphiqlController(GraphQlExamples examples) {
        this.examples = examples;
    }

    @GetMapping(value = "/graphiql", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page);
    }

    @GetMapping(value = "/graphiql/examples", produces = MediaType.APPLICATION_JSON_VALUE)
    List<GraphQlExamples.Example> examples() {
        return examples.all();
    }
}
