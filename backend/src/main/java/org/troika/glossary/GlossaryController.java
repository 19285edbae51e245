package org.troika.glossary;

import java.util.List;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class GlossaryController {

    private final Glossary glossary;

    GlossaryController(Glossary glossary) {
        this.glossary = glossary;
    }

    @QueryMapping
    List<GlossaryTerm> glossary() {
        return glossary.terms();
    }
}
