package org.troika.explore.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.troika.ViewTest;
import org.troika.graph.GraphLink;
import org.troika.graph.GraphNode;
import org.troika.graph.ui.CanvasLayout;
import org.troika.graph.ui.NodeExpandEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.troika.BrowserlessSignIn;
import org.troika.TestUsers;
import org.troika.scene.SavedScenes;

/** The explorer without a browser: scenes made from recipes, and addresses that restore them. */
@ViewTest
class ExploreViewTests extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Autowired
    SavedScenes savedScenes;

    @Autowired
    ExecutionGraphQlService graphQl;

    private static final String COMMITTEE = "xianxia-party-working-committee";

    /** Opens the explorer at an address, as a link would. */
    private ExploreView open(String query) {
        UI.getCurrent().navigate(ExploreView.class, QueryParameters.fromString(query));
        return $(ExploreView.class).single();
    }

    @Test
    void a_focus_address_selects_the_stakeholder_and_shows_its_neighbours() {
        ExploreView view = open("focus=xianxia");

        assertThat(view.details.name.getText()).startsWith("仙霞新村街道");
        assertThat(view.drawn().nodes()).extracting(GraphNode::id).contains("xianxia", "changning");
        assertThat(view.currentAddress().toQueryParameters().getParameters())
                .isEqualTo(QueryParameters.fromString("focus=xianxia").getParameters());
    }

    @Test
    void a_capped_expansion_leaves_a_count_of_more_and_expanding_again_shows_them() {
        ExploreView view = open("focus=xianxia");
        assertThat(view.scene().graph().nodes()).extracting(GraphNode::id).contains(COMMITTEE);

        view.restore(SceneAddress.parse(QueryParameters.fromString(
                "focus=xianxia&steps=e." + COMMITTEE)).orElseThrow());
        int left = view.scene().more().getOrDefault(COMMITTEE, 0);
        int shown = view.scene().graph().nodes().size();
        assertThat(left).isPositive();

        view.restore(SceneAddress.parse(QueryParameters.fromString(
                "focus=xianxia&steps=e." + COMMITTEE + "~e." + COMMITTEE)).orElseThrow());

        assertThat(view.scene().graph().nodes().size()).isEqualTo(shown + Math.min(left, SceneMaker.EXPANSION_LIMIT));
        assertThat(view.scene().more().getOrDefault(COMMITTEE, 0)).isEqualTo(Math.max(0, left - SceneMaker.EXPANSION_LIMIT));
    }

    @Test
    void an_address_with_steps_and_drawing_restores_the_same_scene_and_gives_back_the_same_address() {
        String address = "focus=xianxia&steps=e." + COMMITTEE + "~l&size=degree&colour=community&selected=" + COMMITTEE;
        ExploreView view = open(address);

        assertThat(view.currentAddress().toQueryParameters().getParameters())
                .isEqualTo(QueryParameters.fromString(address).getParameters());
        assertThat(view.style.size.getValue()).isEqualTo(SceneStyle.Size.DEGREE);
        assertThat(view.scene().recipe().steps()).hasSize(2);
        var pruned = view.scene().graph();

        view = open("focus=xianxia&steps=e." + COMMITTEE);
        var whole = view.scene().graph();
        var removed = whole.nodes().stream().map(GraphNode::id)
                .filter(id -> pruned.nodes().stream().noneMatch(node -> node.id().equals(id))).toList();
        assertThat(removed).isNotEmpty().allSatisfy(id -> assertThat(whole.links().stream()
                .filter(link -> link.source().equals(id) || link.target().equals(id)).count()).isLessThanOrEqualTo(1));
    }

    @Test
    void the_shortest_path_step_adds_the_path_and_highlights_it() {
        ExploreView view = open("focus=yingpu-wang-legal-studio&steps=p.yingpu-wang-legal-studio.yingpu-foundation");

        var scene = view.scene();
        assertThat(scene.highlightedNodes()).contains("yingpu-wang-legal-studio", "yingpu-foundation");
        assertThat(scene.graph().nodes()).extracting(GraphNode::id).contains("yingpu-foundation");
        assertThat(scene.graph().links()).extracting(GraphLink::id).containsAll(scene.highlightedLinks());
    }

    @Test
    void paths_between_two_kinds_start_a_scene_of_those_paths_in_the_scope() {
        ExploreView view = open("kindPaths=PropertyFirm~PartyOrganisation~yingpu");

        var scene = view.scene();
        assertThat(scene.graph().nodes()).extracting(GraphNode::kind).contains("PropertyFirm");
        assertThat(scene.highlightedLinks()).isNotEmpty();
        assertThat(view.scope.getValue().id()).isEqualTo("yingpu");
    }

    @Test
    void a_malformed_or_unknown_address_falls_back_to_the_first_sub_district() {
        ExploreView view = open("focus=no-such-stakeholder");
        assertThat(view.scene().recipe().start().kind()).isEqualTo(SceneRecipe.StartKind.SCOPE);

        view = open("scope=xianxia&steps=z.nothing");
        assertThat(view.scene().recipe().steps()).isEmpty();
    }

    @Test
    void undo_returns_to_the_previous_scene_and_its_address() {
        ExploreView view = open("focus=xianxia");
        String before = view.currentAddress().queryString();
        int nodes = view.scene().graph().nodes().size();

        ComponentUtil.fireEvent(view.canvas, new NodeExpandEvent(view.canvas, true, COMMITTEE));
        assertThat(view.scene().graph().nodes().size()).isGreaterThan(nodes);
        assertThat(view.currentAddress().queryString()).contains("steps=e." + COMMITTEE);

        test(view.actions.undo).click();
        assertThat(view.scene().graph().nodes()).hasSize(nodes);
        assertThat(view.currentAddress().queryString()).isEqualTo(before);
    }

    @Test
    void the_as_of_date_hides_the_relationships_not_valid_that_day() {
        ExploreView view = open("scope=xianxia");
        int all = view.drawn().links().size();
        var day = java.time.LocalDate.of(2019, 1, 1);

        view = open("scope=xianxia&asOf=2019-01-01");

        var drawn = view.drawn().links();
        assertThat(drawn.size()).isLessThan(all);
        assertThat(drawn).allSatisfy(link -> assertThat(link.validOn(day)).isTrue());
        assertThat(view.asOf.enabled.getValue()).isTrue();
        assertThat(view.currentAddress().queryString()).contains("asOf=2019-01-01");
    }

    @Test
    void show_query_gives_the_graphql_and_cypher_of_the_stakeholders_drawn() {
        ExploreView view = open("focus=yingpu-wang-legal-studio");

        test(view.showQuery).click();

        assertThat(view.queryDialog.isOpened()).isTrue();
        assertThat(view.queryDialog.graphQl.getValue()).contains("subgraph(ids: $ids");
        assertThat(view.queryDialog.graphQlVariables.getValue()).contains("yingpu-wang-legal-studio");
        assertThat(view.queryDialog.cypher.getValue()).startsWith(":param ids => [").contains("yingpu-wang-legal-studio");
    }

    @Test
    void a_scene_saved_with_a_name_reopens_from_the_saved_scenes() {
        BrowserlessSignIn.as(userDetails, TestUsers.RESEARCHER);
        ExploreView view = open("focus=xianxia&layout=radial&pins=xianxia");
        // a real sign-in reloads the page; the browserless UI keeps the view it built before
        view.savedScenes.refresh();
        new MenuBarTester<>(view.savedScenes).clickItem("场景", "保存当前场景");
        roundTrip();
        test(view.savedScenes.name).setValue("仙霞环形");
        test(view.savedScenes.save).click();
        var saved = savedScenes.list().stream().filter(scene -> scene.name().equals("仙霞环形")).findFirst().orElseThrow();
        assertThat(saved.createdBy()).isEqualTo(TestUsers.RESEARCHER);
        assertThat(QueryParameters.fromString(saved.address()).getParameters())
                .isEqualTo(QueryParameters.fromString("focus=xianxia&layout=radial&pins=xianxia").getParameters());

        view = open("scope=yingpu");
        view = open(saved.address());

        assertThat(view.layout.getValue()).isEqualTo(CanvasLayout.RADIAL);
        assertThat(view.canvas.pinned()).containsExactly("xianxia");
        savedScenes.delete(saved.id(), TestUsers.RESEARCHER, false);
    }

    @Test
    void an_anonymous_visitor_is_not_offered_to_save_a_scene() {
        BrowserlessSignIn.asNobody();
        ExploreView view = open("focus=xianxia");
        view.savedScenes.refresh();

        assertThatThrownBy(() -> new MenuBarTester<>(view.savedScenes).clickItem("场景", "保存当前场景"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_scene_without_a_name_is_not_saved() {
        BrowserlessSignIn.as(userDetails, TestUsers.RESEARCHER);
        ExploreView view = open("focus=xianxia");
        view.savedScenes.refresh();
        int before = savedScenes.list().size();

        new MenuBarTester<>(view.savedScenes).clickItem("场景", "保存当前场景");
        roundTrip();
        test(view.savedScenes.name).setValue("   ");
        test(view.savedScenes.save).click();

        assertThat(view.savedScenes.name.isInvalid()).isTrue();
        assertThat(savedScenes.list()).hasSize(before);
    }

    @Test
    void a_district_is_a_scope_holding_its_sub_districts() {
        ExploreView view = open("scope=changning");

        assertThat(view.scope.getValue().district()).isTrue();
        assertThat(view.drawn().nodes()).extracting(GraphNode::id).contains("xianxia", COMMITTEE);
    }

    @Test
    void the_kind_paths_dialog_starts_a_scene_of_paths_in_the_chosen_scope() {
        ExploreView view = open("scope=yingpu");

        test(view.kindPaths).click();
        roundTrip();
        test(view.kindPathsDialog.from).selectItem("物业服务企业");
        test(view.kindPathsDialog.to).selectItem("党组织（各级）");
        test(view.kindPathsDialog.show).click();

        assertThat(view.currentAddress().toQueryParameters().getParameters().get("kindPaths"))
                .containsExactly("PropertyFirm~PartyOrganisation~yingpu");
        assertThat(view.scene().highlightedLinks()).isNotEmpty();
    }

    @Test
    void search_suggestions_come_grouped_by_kind_with_each_group_marked() {
        ExploreView view = open("scope=xianxia");

        var box = test(view.search);
        box.setFilter("仙霞");
        var suggestions = box.getSuggestionItems();

        assertThat(suggestions).isNotEmpty();
        var kinds = suggestions.stream().map(SearchSuggestion::kind).toList();
        var seen = new java.util.LinkedHashSet<String>();
        for (int index = 0; index < kinds.size(); index++) {
            boolean opensGroup = index == 0 || !kinds.get(index).equals(kinds.get(index - 1));
            assertThat(suggestions.get(index).firstOfKind()).isEqualTo(opensGroup);
            if (opensGroup) {
                assertThat(seen.add(kinds.get(index))).as("kind %s comes in one group", kinds.get(index)).isTrue();
            }
        }
    }

    @Test
    void the_details_show_the_edit_that_made_a_stakeholder() {
        BrowserlessSignIn.as(userDetails, TestUsers.STAFF);
        var tester = ExecutionGraphQlServiceTester.create(graphQl);
        tester.document("""
                        mutation { addEstate(input: {id: "xianxia-estate-view-test", name: "示意小区 视图测试",
                          nameEn: "Illustrative estate view test", provenance: ["illustrative", "F02"],
                          reason: "a browserless test"}) { errors { message } } }""")
                .execute().path("addEstate.errors").entityList(Object.class).hasSize(0);

        ExploreView view = open("focus=xianxia-estate-view-test");

        assertThat(view.details.history.getElement().getTextRecursively()).contains("新增", "a browserless test", "版本 1", TestUsers.STAFF);
    }
}
