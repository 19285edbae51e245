package org.troika.graph.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.troika.stakeholder.StakeholderKind.Group;

class KindStyleTests {

    @Test
    void every_family_has_its_own_icon_as_a_well_formed_svg_data_uri() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Group group : Group.values()) {
            String uri = KindStyle.icon(group);
            assertThat(uri).startsWith("data:image/svg+xml;base64,");
            byte[] svg = Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1));
            var root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg)).getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 24 24");
            assertThat(root.getChildNodes().getLength()).as(group + " draws something").isPositive();
            assertThat(new String(svg, StandardCharsets.UTF_8)).isEqualTo(KindStyle.iconSvg(group));
        }
        assertThat(Arrays.stream(Group.values()).map(KindStyle::iconSvg).distinct()).hasSize(Group.values().length);
    }

    @Test
    void a_kind_label_finds_its_family_and_an_unknown_one_none() {
        assertThat(KindStyle.group("OwnersCommittee")).contains(Group.OWNERS);
        assertThat(KindStyle.group("Spaceship")).isEmpty();
    }
}
