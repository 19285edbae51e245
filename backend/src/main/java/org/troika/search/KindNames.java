package org.troika.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.troika.stakeholder.StakeholderKind;

/**
 * The names of the kinds as a user may type them (业委会, 业主委员会, yeweihui, owners' committee), so
 * that a query naming a kind finds the stakeholders of that kind even where their own names do not
 * say it.
 */
final class KindNames {

    private final Map<String, Set<String>> kindsByForm = new HashMap<>();

    KindNames(SearchKeys keys) {
        for (StakeholderKind kind : StakeholderKind.values()) {
            for (String name : List.of(kind.nameZh(), kind.nameEn())) {
                String normalised = ChineseText.normalise(name);
                for (String form : keys.forms(normalised)) {
                    add(form, kind);
                }
                for (String variant : keys.variants(normalised)) {
                    ChineseText.pinyin(variant).ifPresent(pinyin -> add(pinyin.joined(), kind));
                }
            }
        }
    }

    /** The labels of the kinds that one of the query's forms names, in label order. */
    List<String> named(Collection<String> forms) {
        Set<String> kinds = new TreeSet<>();
        for (String form : forms) {
            kinds.addAll(kindsByForm.getOrDefault(form, Set.of()));
        }
        return List.copyOf(kinds);
    }

    private void add(String form, StakeholderKind kind) {
        kindsByForm.computeIfAbsent(form, f -> new TreeSet<>()).add(kind.label());
    }
}
