package org.troika.change;

import graphql.language.AstPrinter;
import graphql.language.FieldDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.Type;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.graphql.execution.TypeDefinitionConfigurer;
import org.troika.stakeholder.StakeholderKind;

/**
 * Generates, for every kind of stakeholder, its mutations {@code add<Kind>}, {@code update<Kind>} and
 * {@code delete<Kind>} with their inputs and payloads. The inputs take the fields every stakeholder has and the
 * kind's own properties: the scalar fields of its type beyond those of the {@code Stakeholder} interface, with
 * their types and doc strings. So a property added to a kind's type can be set at once, and thirty kinds cannot
 * drift apart.
 */
final class MutationSchema implements TypeDefinitionConfigurer {

    static final String ADD = "add";
    static final String UPDATE = "update";
    static final String DELETE = "delete";
    /** Set by an erasure only (erasePerson), never by an add or update. */
    private static final Set<String> ERASURE_FIELDS = Set.of("erased", "erasedOn");
    /** Where the Chinese half of a doc string begins. */
    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}“”（）]");

    @Override
    public void configure(TypeDefinitionRegistry registry) {
        Set<String> common = registry.getType("Stakeholder", InterfaceTypeDefinition.class)
                .orElseThrow(() -> new IllegalStateException("The schema has no Stakeholder interface"))
                .getFieldDefinitions().stream().map(FieldDefinition::getName).collect(Collectors.toSet());
        StringBuilder sdl = new StringBuilder();
        List<String> mutations = new ArrayList<>();
        for (StakeholderKind kind : StakeholderKind.values()) {
            ObjectTypeDefinition type = registry.getType(kind.label(), ObjectTypeDefinition.class)
                    .orElseThrow(() -> new IllegalStateException("The schema has no type for the kind " + kind.label()));
            List<FieldDefinition> own = type.getFieldDefinitions().stream()
                    .filter(field -> !common.contains(field.getName()) && !ERASURE_FIELDS.contains(field.getName()))
                    .filter(field -> field.getInputValueDefinitions().isEmpty() && isScalar(registry, field.getType()))
                    .toList();
            sdl.append(types(kind, own));
            mutations.add(mutations(kind));
        }
        sdl.append("extend type Mutation {\n").append(String.join("\n", mutations)).append("}\n");
        registry.merge(new SchemaParser().parse(sdl.toString()));
    }

    /** Own properties are scalars or lists of them; relationship fields return stakeholders or edges. */
    private static boolean isScalar(TypeDefinitionRegistry registry, Type<?> type) {
        String name = TypeUtil.unwrapAll(type).getName();
        return ScalarInfo.isGraphqlSpecifiedScalar(name) || registry.getType(name, ScalarTypeDefinition.class).isPresent();
    }

    private static String types(StakeholderKind kind, List<FieldDefinition> own) {
        StringBuilder addFields = new StringBuilder();
        StringBuilder updateFields = new StringBuilder();
        for (FieldDefinition field : own) {
            String type = AstPrinter.printAst(nullable(field.getType()));
            String[] doc = bilingual(field.getDescription() == null ? field.getName() : field.getDescription().getContent());
            addFields.append(field(doc[0] + " " + doc[1], field.getName(), type));
            updateFields.append(field(doc[0] + " Left out, it stays; null removes it. " + doc[1] + "不填则保持不变，传 null 则删除。",
                    field.getName(), type));
        }
        return """
                "A new %1$s. 新建的%2$s。"
                input Add%3$sInput {
                    "The id to give it: a readable slug of lower-case letters and digits in words joined by hyphens, unique among all stakeholders, such as xianxia-estate-01. Left out, one is made from the kind and the English name (or the Chinese name). 指定编号：由小写字母和数字组成、以连字符连接的可读短标识，在所有主体中唯一，例如 xianxia-estate-01。不填则由类型和英文名（或中文名）生成。"
                    id: ID
                    "Chinese name of the %1$s; not blank. %2$s的中文名称；不能为空。"
                    name: String!
                    "English name of the %1$s; not blank when given. %2$s的英文名称；如填写则不能为空。"
                    nameEn: String
                    "Other names and abbreviations, which searches also match; no blank entries. 其他名称与简称，搜索时同样匹配；不能有空项。"
                    aliases: [String!]
                    "What the %1$s rests on, at least one: fact ids of the source article (F05), illustrative, or a note on another source starting with source: (source: 2024 register of the housing bureau). %2$s所依据的来源，至少一项：原文事实编号（如 F05）、illustrative，或以 source: 开头的其他来源说明（如 source: 2024 年房管局登记表）。"
                    provenance: [String!]!
                %4$s    "Why it is added, for the history. 新建原因，记入历史。"
                    reason: String!
                }

                "A change to one %1$s: the fields given are set, null removes a property, those left out stay as they are. 对%2$s的修改：给出的字段被设置，传 null 则删除该属性，未给出的保持不变。"
                input Update%3$sInput {
                    "The id of the %1$s to change. 要修改的%2$s的编号。"
                    id: ID!
                    "The version read; the update is refused (VERSION_CONFLICT) when the %1$s has changed since, rather than overwriting that change. 所读取的版本号；此后%2$s如已被修改，则拒绝更新（VERSION_CONFLICT），而不会覆盖该修改。"
                    version: Int!
                    "New Chinese name; not blank, cannot be removed. 新的中文名称；不能为空，不能删除。"
                    name: String
                    "New English name; null removes it. 新的英文名称；传 null 则删除。"
                    nameEn: String
                    "New other names, replacing the old; null or an empty list removes them. 新的其他名称，替换原有名称；传 null 或空列表则删除。"
                    aliases: [String!]
                    "New provenance, replacing the old: fact ids (F05), illustrative or source: notes; cannot be removed. 新的来源，替换原有来源：事实编号（如 F05）、illustrative 或 source: 说明；不能删除。"
                    provenance: [String!]
                %5$s    "Why it is changed, for the history. 修改原因，记入历史。"
                    reason: String!
                }

                "Deleting one %1$s. 删除一个%2$s。"
                input Delete%3$sInput {
                    "The id of the %1$s to delete. 要删除的%2$s的编号。"
                    id: ID!
                    "The version read; the deletion is refused (VERSION_CONFLICT) when the %1$s has changed since. 所读取的版本号；此后%2$s如已被修改，则拒绝删除（VERSION_CONFLICT）。"
                    version: Int!
                    "Delete its relationships with it, each recorded in the history. Without it, the %1$s is not deleted while it still has relationships (CONSTRAINT). 同时删除其全部关系，各自记入历史。否则仍有关系的%2$s不会被删除（CONSTRAINT）。"
                    detach: Boolean = false
                    "Why it is deleted, for the history. 删除原因，记入历史。"
                    reason: String!
                }

                "The result of add%3$s. add%3$s 的结果。"
                type Add%3$sPayload {
                    "The %1$s as stored, with its id, at version 1; null when there are errors. 已保存的%2$s，含编号，版本号为 1；有错误时为 null。"
                    stakeholder: %3$s
                    "The change recorded in the history; null when there are errors. 记入历史的修改；有错误时为 null。"
                    change: Change
                    "What prevented it; empty on success. With errors nothing was written. 阻止修改的问题；成功时为空。有错误时不写入任何内容。"
                    errors: [MutationError!]!
                }

                "The result of update%3$s. update%3$s 的结果。"
                type Update%3$sPayload {
                    "The %1$s as it now stands; null when there are errors. %2$s的当前状态；有错误时为 null。"
                    stakeholder: %3$s
                    "The change recorded in the history; null when there are errors or nothing differed (then the version stays). 记入历史的修改；有错误或没有任何改动时为 null（此时版本号不变）。"
                    change: Change
                    "What prevented it; empty on success. With errors nothing was written. 阻止修改的问题；成功时为空。有错误时不写入任何内容。"
                    errors: [MutationError!]!
                }

                "The result of delete%3$s. delete%3$s 的结果。"
                type Delete%3$sPayload {
                    "The id of the %1$s deleted; null when there are errors. 被删除的%2$s的编号；有错误时为 null。"
                    deletedId: ID
                    "The ids of the relationships deleted with it (detach). 随之删除的关系编号（detach）。"
                    detachedRelationships: [ID!]!
                    "The change recorded in the history; null when there are errors. 记入历史的修改；有错误时为 null。"
                    change: Change
                    "What prevented it; empty on success. With errors nothing was written. 阻止修改的问题；成功时为空。有错误时不写入任何内容。"
                    errors: [MutationError!]!
                }

                """.formatted(kind.nameEn(), kind.nameZh(), kind.label(), addFields, updateFields);
    }

    private static String mutations(StakeholderKind kind) {
        return """
                    "Adds one %1$s, with its history's first entry. Refused with typed errors, writing nothing, when a value is invalid or the id is taken. 新建一个%2$s，并写入其历史的第一条记录。值不合法或编号已被占用时，以类型化错误拒绝，不写入任何内容。"
                    add%3$s("What to add. 新建的内容。" input: Add%3$sInput!): Add%3$sPayload!
                    "Changes one %1$s whose version is still the one read, and records the change. 修改一个%2$s（其版本号须仍为所读取的版本号），并记录该修改。"
                    update%3$s("What to change. 修改的内容。" input: Update%3$sInput!): Update%3$sPayload!
                    "Deletes one %1$s whose version is still the one read; its history stays, under its id. 删除一个%2$s（其版本号须仍为所读取的版本号）；其历史仍按原编号保留。"
                    delete%3$s("What to delete. 要删除的内容。" input: Delete%3$sInput!): Delete%3$sPayload!
                """.formatted(kind.nameEn(), kind.nameZh(), kind.label());
    }

    private static String field(String description, String name, String type) {
        return "    \"" + escape(description) + "\"\n    " + name + ": " + type + "\n";
    }

    private static Type<?> nullable(Type<?> type) {
        return TypeUtil.isNonNull(type) ? TypeUtil.unwrapOne(type) : type;
    }

    /**
     * A doc string's English and Chinese halves: the Chinese begins after the last English sentence before its
     * first Chinese character ({@code ... building. 0 表示整个网格}).
     */
    static String[] bilingual(String description) {
        String text = description.replace('\n', ' ').strip();
        Matcher chinese = CHINESE.matcher(text);
        if (!chinese.find()) {
            return new String[] {text, ""};
        }
        int sentenceEnd = text.lastIndexOf(". ", chinese.start());
        int split = sentenceEnd >= 0 ? sentenceEnd + 2 : chinese.start();
        return new String[] {text.substring(0, split).strip(), text.substring(split)};
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
