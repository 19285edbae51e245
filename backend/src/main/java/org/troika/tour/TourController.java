package org.troika.tour;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.troika.access.Allowed;
import org.troika.fact.Fact;
import org.troika.glossary.GlossaryTerm;

@Controller
class TourController {

    private final Tours tours;

    TourController(Tours tours) {
        this.tours = tours;
    }

    @QueryMapping
    List<Tour> tours() {
        return tours.list();
    }

    @QueryMapping
    Tour tour(@Argument String id) {
        return tours.find(id).orElse(null);
    }

    @MutationMapping
    @PreAuthorize(Allowed.STAFF)
    TourReload reloadTours() {
        return tours.reload();
    }

    @BatchMapping(typeName = "TourScene", field = "ids")
    Map<TourScene, List<String>> sceneIds(List<TourScene> scenes) {
        return tours.sceneIds(scenes);
    }

    @BatchMapping(typeName = "TourStep")
    Map<TourStep, List<Fact>> facts(List<TourStep> steps) {
        return byStep(steps, tours::facts);
    }

    @BatchMapping(typeName = "TourStep")
    Map<TourStep, List<GlossaryTerm>> terms(List<TourStep> steps) {
        return byStep(steps, tours::terms);
    }

    private static <T> Map<TourStep, List<T>> byStep(List<TourStep> steps, Function<TourStep, List<T>> lookup) {
        return steps.stream().distinct().collect(Collectors.toMap(Function.identity(), lookup));
    }
}
