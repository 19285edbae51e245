package org.troika.change;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.troika.TroikaTest;
import org.troika.stakeholder.StakeholderKind;

@TroikaTest
class MutationSchemaTests {

    private static final Pattern OF_CHANGES = Pattern.compile(
            "(Add|Update|Delete)\\w+(Input|Payload)|Change|ChangeOperation|MutationError|MutationErrorCode|Relationship"
                    + "|RelationshipPropertiesInput|DateTime");
    private static final Pattern ENGLISH_THEN_CHINESE = Pattern.compile("[^\\p{IsHan}]*[A-Za-z][^\\p{IsHan}]*\\p{IsHan}.*", Pattern.DOTALL);

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void every_kind_has_its_three_mutations() {
        Set<String> mutations = schema().getMutationType().getFieldDefinitions().stream()
                .map(GraphQLFieldDefinition::getName).collect(Collectors.toSet());

        for (StakeholderKind kind : StakeholderKind.values()) {
            assertThat(mutations).contains("add" + kind.label(), "update" + kind.label(), "delete" + kind.label());
        }
    }

    @Test
    void the_inputs_of_a_kind_take_its_own_properties_with_their_types_and_none_of_its_relationships() {
        assertThat(inputFields("AddSubDistrictInput")).containsEntry("areaKm2", "Float").containsEntry("population", "Int")
                .containsEntry("name", "String!").containsEntry("provenance", "[String!]!").containsEntry("reason", "String!")
                .doesNotContainKeys("district", "areas", "kind", "illustrative", "version");
        assertThat(inputFields("UpdatePlatformInput")).containsEntry("scenarios", "[String!]").containsEntry("name", "String")
                .containsEntry("version", "Int!").doesNotContainKeys("pilots", "runBy");
        assertThat(inputFields("AddEstateInput").keySet())
                .containsExactly("id", "name", "nameEn", "aliases", "provenance", "old", "militaryFamilies", "reason");
        assertThat(inputFields("DeletePersonInput").keySet()).containsExactly("id", "version", "detach", "reason");
    }

    @Test
    void the_update_input_says_null_removes_a_property_in_each_language() {
        assertThat(((GraphQLInputObjectType) schema().getType("UpdateGridInput")).getField("level").getDescription())
                .isEqualTo("0 for the grid as a whole, 1 to 4 for its levels from the sub-district down to the building. "
                        + "Left out, it stays; null removes it. 0 表示整个网格，1 至 4 表示从街道到楼栋的各级。不填则保持不变，传 null 则删除。");
    }

    @Test
    void every_type_field_argument_and_value_of_the_changes_is_documented_in_english_then_chinese() {
        List<String> undocumented = new ArrayList<>();
        for (GraphQLNamedType type : schema().getAllTypesAsList()) {
            if (!OF_CHANGES.matcher(type.getName()).matches()) {
                continue;
            }
            check(type.getName(), type.getDescription(), undocumented);
            switch (type) {
                case GraphQLFieldsContainer container -> container.getFieldDefinitions()
                        .forEach(field -> check(type.getName() + "." + field.getName(), field.getDescription(), undocumented));
                case GraphQLInputObjectType input -> input.getFieldDefinitions()
                        .forEach(field -> check(type.getName() + "." + field.getName(), field.getDescription(), undocumented));
                case GraphQLEnumType enumType -> enumType.getValues()
                        .forEach(value -> check(type.getName() + "." + value.getName(), value.getDescription(), undocumented));
                default -> { }
            }
        }
        List<GraphQLFieldDefinition> roots = new ArrayList<>(schema().getMutationType().getFieldDefinitions().stream()
                .filter(field -> field.getName().matches("(add|update|delete)[A-Z]\\w+")).toList());
        roots.add(schema().getQueryType().getFieldDefinition("history"));
        for (GraphQLFieldDefinition field : roots) {
            check(field.getName(), field.getDescription(), undocumented);
            for (GraphQLArgument argument : field.getArguments()) {
                check(field.getName() + "(" + argument.getName() + ")", argument.getDescription(), undocumented);
            }
        }

        assertThat(roots).hasSizeGreaterThan(90);
        assertThat(undocumented).isEmpty();
    }

    private static void check(String what, String description, List<String> undocumented) {
        if (description == null || !ENGLISH_THEN_CHINESE.matcher(description).matches()) {
            undocumented.add(what + ": " + description);
        }
    }

    private Map<String, String> inputFields(String type) {
        return ((GraphQLInputObjectType) schema().getType(type)).getFieldDefinitions().stream()
                .collect(Collectors.toMap(GraphQLInputObjectField::getName, field -> GraphQLTypeUtil.simplePrint(field.getType()),
                        (a, b) -> a, LinkedHashMap::new));
    }

    private GraphQLSchema schema() {
        return graphQlSource.schema();
    }
}
