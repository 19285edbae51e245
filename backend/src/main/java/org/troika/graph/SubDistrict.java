package org.troika.graph;

/** A sub-district and its district, as offered for choosing a scope. */
public record SubDistrict(String id, String name, String nameEn, String districtId, String districtName,
                          String districtNameEn) {
}
