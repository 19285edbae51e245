package org.troika.fact;

import java.util.List;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class FactCheckController {

    private final FactCheckService factChecks;
    private final FactBook factBook;

    FactCheckController(FactCheckService factChecks, FactBook factBook) {
        this.factChecks = factChecks;
        this.factBook = factBook;
    }

    @QueryMapping
    List<FactCheck> factCheck() {
        return factChecks.checkAll();
    }

    @QueryMapping
    List<Fact> facts() {
        return factBook.facts();
    }
}
