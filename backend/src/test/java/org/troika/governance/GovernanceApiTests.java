package org.troika.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.troika.TroikaTest;

@TroikaTest
class GovernanceApiTests {

    @Autowired
    GraphQlTester graphQl;

    @Test
    void an_estate_with_a_joint_meeting_has_all_three_carriages() {
        graphQl.documentName("threeCarriages").variable("estateId", "yingpu-estate-003").execute()
                .path("threeCarriages.complete").entity(Boolean.class).isEqualTo(true)
                .path("threeCarriages.missing").entityList(String.class).hasSize(0)
                .path("threeCarriages.partyOrganisations[0].kind").entity(String.class).isEqualTo("ResidentialPartyOrganisation")
                .path("threeCarriages.propertyFirms").entityList(Object.class).hasSize(1)
                .path("threeCarriages.ownersCommittees").entityList(Object.class).hasSize(1)
                .path("threeCarriages.jointMeetings").entityList(Object.class).hasSize(1);
    }

    @Test
    void an_estate_of_military_families_lacks_its_committee_firm_and_meeting() {
        String estate = graphQl.document("""
                { estates(where: { subDistrict: "xianxia", militaryFamilies: true }, first: 1) { nodes { id } } }""")
                .execute().path("estates.nodes[0].id").entity(String.class).get();

        graphQl.documentName("threeCarriages").variable("estateId", estate).execute()
                .path("threeCarriages.complete").entity(Boolean.class).isEqualTo(false)
                .path("threeCarriages.missing").entityList(String.class)
                .contains("OWNERS_COMMITTEE", "PROPERTY_FIRM", "JOINT_MEETING")
                .path("threeCarriages.committeeMembers").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void a_xianxia_committee_counts_its_party_members() {
        graphQl.documentName("threeCarriages").variable("estateId", "xianxia-changfu").execute()
                .path("threeCarriages.committeeMembers").entity(Integer.class).satisfies(members -> assertThat(members).isBetween(5, 7))
                .path("threeCarriages.partyMembersOnCommittees").entity(Integer.class).satisfies(party -> assertThat(party).isBetween(0, 7));
    }

    @Test
    void the_gaps_in_the_three_carriages_are_listed_by_the_estates_query() {
        int all = total(null);
        int complete = total(true);
        int incomplete = total(false);

        assertThat(complete).isEqualTo(61);
        assertThat(complete + incomplete).isEqualTo(all).isEqualTo(162);
    }

    @Test
    void the_indicators_of_xianxia_equal_the_published_figures() {
        graphQl.documentName("indicatorsOfXianxia").execute()
                .path("indicators.scope.id").entity(String.class).isEqualTo("xianxia")
                .path("indicators.estates").entity(Integer.class).isEqualTo(75)
                .path("indicators.ownersCommittees").entity(Integer.class).isEqualTo(72)
                .path("indicators.estatesCoveredByCommittees").entity(Integer.class).isEqualTo(73)
                .path("indicators.estatesWithoutCommittee").entity(Integer.class).isEqualTo(2)
                .path("indicators.committeeMembers").entity(Integer.class).isEqualTo(369)
                .path("indicators.partyMembersOnCommittees").entity(Integer.class).isEqualTo(203)
                .path("indicators.partyMemberShare").entity(Double.class).satisfies(share -> assertThat(share).isBetween(54.95, 55.05))
                .path("indicators.partyMemberCoverage").entity(Double.class).satisfies(share -> assertThat(share).isBetween(94.35, 94.45))
                .path("indicators.partyWorkGroups").entity(Integer.class).isEqualTo(38)
                .path("indicators.partyMemberStudios").entity(Integer.class).isEqualTo(7)
                .path("indicators.committeesWithInstructor").entity(Integer.class).isEqualTo(27)
                .path("indicators.redCommittees").entity(Integer.class).isEqualTo(20)
                .path("indicators.fourStarCommittees").entity(Integer.class).isEqualTo(7)
                .path("indicators.threeStarCommittees").entity(Integer.class).isEqualTo(13);
    }

    @Test
    void the_indicators_of_yingpu_equal_the_published_figures() {
        graphQl.documentName("indicatorsOfYingpu").execute()
                .path("indicators.residentsCommittees").entity(Integer.class).isEqualTo(28)
                .path("indicators.preparatoryGroups").entity(Integer.class).isEqualTo(3)
                .path("indicators.villageCommittees").entity(Integer.class).isEqualTo(5)
                .path("indicators.estates").entity(Integer.class).isEqualTo(162)
                .path("indicators.oldEstates").entity(Integer.class).isEqualTo(101)
                .path("indicators.propertyFirms").entity(Integer.class).isEqualTo(25)
                .path("indicators.ownersCommittees").entity(Integer.class).isEqualTo(61)
                .path("indicators.temporaryPartyOrganisations").entity(Integer.class).isEqualTo(35)
                .path("indicators.specialWorkingGroups").entity(Integer.class).isEqualTo(14)
                .path("indicators.volunteers").entity(Integer.class).satisfies(volunteers -> assertThat(volunteers).isGreaterThan(600))
                .path("indicators.youthCadres").entity(Integer.class).isEqualTo(54)
                .path("indicators.renovatedEstates").entity(Integer.class).isEqualTo(27)
                .path("indicators.renovatedAreaM2").entity(Double.class).satisfies(area -> assertThat(area).isCloseTo(636381.26, offset(0.005)))
                .path("indicators.elevatorsUnderConstruction").entity(Integer.class).isEqualTo(4)
                .path("indicators.elevatorsSigned").entity(Integer.class).isEqualTo(8)
                .path("indicators.stairwellsNegotiating").entity(Integer.class).isEqualTo(27)
                .path("indicators.estatesWithCompleteCarriages").entity(Integer.class).isEqualTo(61);
    }

    @Test
    void only_the_selected_indicators_are_computed() {
        var response = graphQl.document("{ indicators(scopeId: \"yingpu\") { estates } }").execute();

        response.path("indicators.estates").entity(Integer.class).isEqualTo(162);
        // the scope lookup and the one indicator
        assertThat(((Number) response.returnResponse().getExtensions().get("cypherStatements")).intValue()).isEqualTo(2);
    }

    @Test
    void an_unknown_scope_is_not_found() {
        graphQl.documentName("indicatorsOfUnknownScope").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("No scope with id 'atlantis'");
                    assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
                }));
    }

    private int total(Boolean complete) {
        return graphQl.documentName("incompleteEstates").variable("scope", "yingpu").variable("complete", complete)
                .execute().path("estates.totalCount").entity(Integer.class).get();
    }
}
