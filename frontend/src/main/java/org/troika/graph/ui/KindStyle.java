package org.troika.graph.ui;

import java.util.EnumMap;
import java.util.Map;
import org.troika.stakeholder.StakeholderKind;
import org.troika.stakeholder.StakeholderKind.Group;

/** The colour of each family of kinds, shared by the canvas and its legend. */
public final class KindStyle {

    private static final Map<Group, String> COLOURS = new EnumMap<>(Map.of(
            Group.PLACE, "#8d99ae",
            Group.PARTY, "#d62828",
            Group.SELF_GOVERNANCE, "#f77f00",
            Group.OWNERS, "#2a9d8f",
            Group.MARKET, "#457b9d",
            Group.SOCIETY, "#7b2cbf",
            Group.PEOPLE, "#e9c46a",
            Group.GOVERNMENT, "#1d3557",
            Group.ACTIVITY, "#52b788"));

    private KindStyle() {
    }

    public static String colour(Group group) {
        return COLOURS.get(group);
    }

    public static String colour(String kindLabel) {
        return StakeholderKind.ofLabel(kindLabel).map(kind -> colour(kind.group())).orElse("#999999");
    }
}
