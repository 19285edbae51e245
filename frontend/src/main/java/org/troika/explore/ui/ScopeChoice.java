package org.troika.explore.ui;

import java.util.ArrayList;
import java.util.List;
import org.troika.graph.District;
import org.troika.graph.SubDistrict;

/** A scope the explorer offers: a district (all its sub-districts) or one sub-district. */
record ScopeChoice(String id, String nameZh, String nameEn, boolean district) {

    /** Each district followed by its sub-districts. */
    static List<ScopeChoice> of(List<District> districts) {
        var choices = new ArrayList<ScopeChoice>();
        for (District district : districts) {
            choices.add(new ScopeChoice(district.id(), district.name(), district.nameEn(), true));
            for (SubDistrict subDistrict : district.subDistricts()) {
                choices.add(new ScopeChoice(subDistrict.id(), district.name() + " " + subDistrict.name(),
                        subDistrict.nameEn() + " (" + district.nameEn() + ")", false));
            }
        }
        return List.copyOf(choices);
    }

    String label(boolean english) {
        return english ? nameEn : nameZh;
    }
}
