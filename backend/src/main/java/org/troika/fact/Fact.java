package org.troika.fact;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One fact of the source article, in Troika's own words, with the checks that recompute its figures.
 *
 * @param id          the fact id that provenance cites ({@code F05})
 * @param caseId      the case it belongs to ({@code xianxia} or {@code yingpu})
 * @param statement   the fact in English
 * @param statementZh the fact in Chinese
 * @param checks      one per figure the graph can reproduce; empty for facts without figures
 */
public record Fact(
        String id,
        @JsonProperty("case") String caseId,
        String statement,
        String statementZh,
        List<FigureCheck> checks) {

    public Fact {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }
}
