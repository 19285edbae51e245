package org.troika.explore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.troika.ViewTest;
import org.troika.access.Role;
import org.troika.graph.GraphNode;

/** The explorer shows people's names and phone numbers masked below staff: details, canvas labels and search. */
@ViewTest
class PersonalDataViewTests extends SpringBrowserlessTest {

    private static final String PERSON = "xianxia-member-001";

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ExploreView open(String query) {
        UI.getCurrent().navigate(ExploreView.class, QueryParameters.fromString(query));
        return $(ExploreView.class).single();
    }

    @Test
    void below_staff_a_persons_details_and_label_are_masked() {
        ExploreView view = open("focus=" + PERSON);

        assertThat(view.details.name.getText()).startsWith("示*").doesNotContain("示意委员", "Illustrative member");
        assertThat(view.details.properties.getElement().getTextRecursively())
                .contains("phone: 138****0001").doesNotContain("13800000001");
        assertThat(view.drawn().nodes()).filteredOn(node -> node.id().equals(PERSON)).extracting(GraphNode::name)
                .singleElement().asString().startsWith("示*").doesNotContain("示意");
    }

    @Test
    void staff_see_a_persons_name_and_phone() {
        signIn(Role.STAFF);
        ExploreView view = open("focus=" + PERSON);

        assertThat(view.details.name.getText()).startsWith("示意委员 仙霞-001");
        assertThat(view.details.properties.getElement().getTextRecursively()).contains("phone: 13800000001");
    }

    @Test
    void below_staff_search_suggestions_do_not_find_a_person_by_name() {
        ExploreView view = open("scope=xianxia");
        var box = test(view.search);
        box.setFilter("示意委员 仙霞-001");
        assertThat(box.getSuggestionItems()).extracting(SearchSuggestion::id).doesNotContain(PERSON);

        signIn(Role.STAFF);
        box.setFilter("示意委员 仙霞-001 ");
        assertThat(box.getSuggestionItems()).extracting(SearchSuggestion::id).contains(PERSON);
    }

    private static void signIn(Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "view-test", "n/a", List.of(new SimpleGrantedAuthority(role.authority()))));
    }
}
