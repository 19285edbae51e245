package org.troika.graph.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.troika.stakeholder.StakeholderKind;
import org.troika.stakeholder.StakeholderKind.Group;

/** The colour and the icon of each family of kinds, shared by the canvas and its legend. */
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

    /** White glyphs on a 24-unit square, drawn over the family's colour: simple enough to read at 14 pixels. */
    private static final Map<Group, String> GLYPHS = new EnumMap<>(Map.of(
            // a house
            Group.PLACE, "<path d='M12 3 2 11.5h3V21h5.5v-5.5h3V21H19v-9.5h3z'/>",
            // a flag on its pole
            Group.PARTY, "<path d='M4 2h2.2v20H4z'/><path d='M7 3h13l-3.2 4.5L20 12H7z'/>",
            // a star
            Group.SELF_GOVERNANCE, "<path d='m12 2 2.9 6.3 6.9.7-5.2 4.6 1.5 6.8L12 17l-6.1 3.4 1.5-6.8L2.2 9l6.9-.7z'/>",
            // two people
            Group.OWNERS, "<circle cx='8' cy='8' r='3.2'/><circle cx='16.5' cy='8' r='3.2'/>"
                    + "<path d='M1.5 20c0-4 2.9-6.5 6.5-6.5s6.5 2.5 6.5 6.5z'/><path d='M15.5 20c0-2.4-.8-4.4-2.3-5.7"
                    + " 1-.5 2.1-.8 3.3-.8 3.6 0 6 2.5 6 6.5z'/>",
            // a briefcase
            Group.MARKET, "<path d='M9 4h6a1.5 1.5 0 0 1 1.5 1.5V7H21v12H3V7h4.5V5.5A1.5 1.5 0 0 1 9 4m0 1.6V7h6V5.6z'/>",
            // a heart
            Group.SOCIETY, "<path d='M12 21s-9-5.6-9-11.6A4.9 4.9 0 0 1 12 6.6a4.9 4.9 0 0 1 9 2.8C21 15.4 12 21 12 21'/>",
            // one person
            Group.PEOPLE, "<circle cx='12' cy='7' r='4.2'/><path d='M3.5 21c0-4.7 3.8-7.5 8.5-7.5s8.5 2.8 8.5 7.5z'/>",
            // a building with columns
            Group.GOVERNMENT, "<path d='M12 2 2 8v2h20V8z'/><path d='M4 11h3v7H4zm6.5 0h3v7h-3zM17 11h3v7h-3zM2 19h20v3H2z'/>",
            // a gear
            Group.ACTIVITY, "<path d='M10.3 2h3.4l.5 2.7 1.9.8 2.3-1.6 2.4 2.4-1.6 2.3.8 1.9 2.7.5v3.4l-2.7.5-.8 1.9"
                    + " 1.6 2.3-2.4 2.4-2.3-1.6-1.9.8-.5 2.7h-3.4l-.5-2.7-1.9-.8-2.3 1.6-2.4-2.4 1.6-2.3-.8-1.9"
                    + "L2 13.7v-3.4l2.7-.5.8-1.9-1.6-2.3 2.4-2.4 2.3 1.6 1.9-.8zM12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7'"
                    + " fill-rule='evenodd'/>"));

    private KindStyle() {
    }

    public static String colour(Group group) {
        return COLOURS.get(group);
    }

    public static String colour(String kindLabel) {
        return StakeholderKind.ofLabel(kindLabel).map(kind -> colour(kind.group())).orElse("#999999");
    }

    /** The family's glyph as an SVG document: white shapes on a transparent 24×24 square. */
    public static String iconSvg(Group group) {
        return "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' width='24' height='24' fill='#ffffff'>"
                + GLYPHS.get(group) + "</svg>";
    }

    /** The family's glyph as a {@code data:} URI, usable as a CSS or Cytoscape background image. */
    public static String icon(Group group) {
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(iconSvg(group).getBytes(StandardCharsets.UTF_8));
    }

    /** The family of a kind label, if the label names a known kind. */
    static Optional<Group> group(String kindLabel) {
        return StakeholderKind.ofLabel(kindLabel).map(StakeholderKind::group);
    }
}
