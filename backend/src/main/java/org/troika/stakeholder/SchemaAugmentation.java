package org.troika.stakeholder;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.graphql.execution.TypeDefinitionConfigurer;

/**
 * Generates, for every kind marked {@code @list(query: ...)}, its paged list query with typed filters
 * ({@code <Kind>Where}), sort ({@code <Kind>Order}) and Relay connection types. The kinds themselves are
 * written by hand in {@code stakeholder.graphqls}; what follows mechanically from their fields is
 * generated here, so that thirty kinds cannot drift apart.
 */
final class SchemaAugmentation implements TypeDefinitionConfigurer {

    static final String LIST_DIRECTIVE = "list";
    static final String RELATIONSHIP_DIRECTIVE = "relationship";

    /** Fields every stakeholder has; filtered through the where input's own fields, not as properties. */
    private static final Set<String> COMMON = Set.of(
            "id", "kind", "name", "nameEn", "aliases", "provenance", "illustrative", "version");
    private static final Map<String, String> FILTERS = Map.of(
            "Boolean", "Boolean", "Int", "IntRange", "Float", "FloatRange", "String", "StringFilter");
    private static final Set<String> SORTABLE = Set.of("Boolean", "Int", "Float", "String", "ID", "Date");

    @Override
    public void configure(TypeDefinitionRegistry registry) {
        StringBuilder sdl = new StringBuilder();
        List<String> queries = new ArrayList<>();
        for (ObjectTypeDefinition type : registry.getTypes(ObjectTypeDefinition.class)) {
            listQuery(type).ifPresent(query -> {
                sdl.append(listTypes(type));
                queries.add(queryField(type, query));
            });
        }
        if (!queries.isEmpty()) {
            sdl.append("extend type Query {\n").append(String.join("\n", queries)).append("}\n");
            registry.merge(new SchemaParser().parse(sdl.toString()));
        }
    }

    static Optional<String> listQuery(ObjectTypeDefinition type) {
        return type.getDirectives(LIST_DIRECTIVE).stream().findFirst()
                .map(directive -> ((StringValue) directive.getArgument("query").getValue()).getValue());
    }

    private static String listTypes(ObjectTypeDefinition type) {
        String kind = type.getName();
        String names = names(kind);
        StringBuilder where = new StringBuilder();
        StringBuilder order = new StringBuilder();
        order.append(value("id", "By id. 按编号。")).append(value("name", "By Chinese name. 按中文名称。"))
                .append(value("nameEn", "By English name. 按英文名称。"));
        for (FieldDefinition field : type.getFieldDefinitions()) {
            if (COMMON.contains(field.getName()) || isRelationship(field) || TypeUtil.isList(unwrapNonNull(field))) {
                continue;
            }
            String scalar = TypeUtil.unwrapAll(field.getType()).getName();
            String description = description(field);
            if (FILTERS.containsKey(scalar)) {
                where.append("    \"").append(escape("Only those whose " + field.getName() + " matches: "
                                + description)).append("\"\n    ")
                        .append(field.getName()).append(": ").append(FILTERS.get(scalar)).append('\n');
            }
            if (SORTABLE.contains(scalar)) {
                order.append(value(field.getName(), "By " + field.getName() + ": " + description));
            }
        }
        return """
                "Which %1$s to list: every condition given must hold. 列出哪些%2$s：所给条件须全部满足。"
                input %3$sWhere {
                    "This id. 指定编号。"
                    id: ID
                    "Any of these ids. 这些编号之一。"
                    ids: [ID!]
                    "Chinese name, English name or an alias contains this text, ignoring case. 中文名、英文名或别名包含该文字（不区分大小写）。"
                    nameContains: String
                    "Within this sub-district (its id). 位于该街道内（街道编号）。"
                    subDistrict: ID
                    "Within this district (its id). 位于该区内（区编号）。"
                    district: ID
                    "Within this scope: any district, sub-district, residents' or village committee id. 位于该范围内：区、街道、居委会或村委会编号。"
                    scope: ID
                    "Illustrative only (true) or documented only (false). 仅示意（true）或仅有据可查（false）。"
                    illustrative: Boolean
                    "Has every one of these relationships. 具有下列全部关系。"
                    has: [RelationshipFilter!]
                    "Has none of these relationships. 不具有下列任何关系。"
                    lacks: [RelationshipFilter!]
                %4$s%6$s}

                "What to sort %1$s by. %2$s的排序字段。"
                enum %3$sOrderField {
                %5$s}

                "One sort key for %1$s. %2$s的一个排序键。"
                input %3$sOrder {
                    "The field. 字段。"
                    field: %3$sOrderField!
                    "The direction. 方向。"
                    direction: OrderDirection = ASC
                }

                "One of a page of %1$s, with its cursor. 分页中的一个%2$s及其游标。"
                type %3$sEdge {
                    "Pass as after to continue after this item. 作为 after 传入，从此条之后继续。"
                    cursor: String!
                    "The item. 条目。"
                    node: %3$s!
                }

                "A page of %1$s. 一页%2$s。"
                type %3$sConnection {
                    "The items with their cursors. 条目及其游标。"
                    edges: [%3$sEdge!]!
                    "The items. 条目。"
                    nodes: [%3$s!]!
                    "Where this page stands. 本页的位置信息。"
                    pageInfo: PageInfo!
                    "How many pass the filters in all, counted in the database. 满足条件的总数（由数据库计数）。"
                    totalCount: Int!
                }
                """.formatted(names.split("\\|")[0], names.split("\\|")[1], kind, where, order, kindFilters(kind));
    }

    /** Filters that only make sense for one kind. */
    private static String kindFilters(String kind) {
        if (!"Estate".equals(kind)) {
            return "";
        }
        return "    \"Whether its three carriages (party organisation, firm, owners' committee) and joint meeting are all there. "
                + "三驾马车（党组织、物业、业委会）及联席会议是否齐全。\"\n    carriagesComplete: Boolean\n";
    }

    private static String queryField(ObjectTypeDefinition type, String query) {
        String names = names(type.getName());
        return """
                    "A page of %1$s, filtered and sorted. 分页列出%2$s，可筛选和排序。"
                    %3$s(
                        "Conditions. 筛选条件。" where: %4$sWhere,
                        "Sort keys, first one first; ties go by id. 排序键，依次生效；相同者按编号。" orderBy: [%4$sOrder!],
                        "Page size. 每页条数。" first: Int = 20,
                        "The cursor after which to start. 从该游标之后开始。" after: String
                    ): %4$sConnection!
                """.formatted(names.split("\\|")[0], names.split("\\|")[1], query, type.getName());
    }

    /** English plural and Chinese name of a kind, for generated doc strings. */
    private static String names(String kind) {
        return StakeholderKind.ofLabel(kind)
                .map(k -> k.nameEn() + "s|" + k.nameZh())
                .orElse(kind + "|" + kind);
    }

    static boolean isRelationship(FieldDefinition field) {
        return !field.getDirectives(RELATIONSHIP_DIRECTIVE).isEmpty();
    }

    private static Type<?> unwrapNonNull(FieldDefinition field) {
        Type<?> type = field.getType();
        return TypeUtil.isNonNull(type) ? TypeUtil.unwrapOne(type) : type;
    }

    private static String description(FieldDefinition field) {
        return field.getDescription() == null ? field.getName() : field.getDescription().getContent();
    }

    private static String value(String name, String description) {
        return "    \"" + escape(description) + "\"\n    " + name + "\n";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    }

}
