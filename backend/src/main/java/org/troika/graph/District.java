package org.troika.graph;

import java.util.List;

/** A district and its sub-districts: each of them a scope the explorer offers. */
public record District(String id, String name, String nameEn, List<SubDistrict> subDistricts) {
}
