package org.troika.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Random inputs for the operations, drawn from the graph itself: estates, owners' committees, sub-districts and
 * names to search for. Pairs for shortest paths are two estates of one sub-district.
 */
final class CitySample {

    private final List<String> estates;
    private final List<String> committees;
    private final List<String> subDistricts;
    private final List<String> names;
    private final Random random;

    private CitySample(List<String> estates, List<String> committees, List<String> subDistricts, List<String> names, long seed) {
        if (estates.isEmpty() || committees.isEmpty() || subDistricts.isEmpty()) {
            throw new IllegalStateException("The graph holds no estates, owners' committees or sub-districts to measure with");
        }
        this.estates = estates;
        this.committees = committees;
        this.subDistricts = subDistricts;
        this.names = names;
        this.random = new Random(seed);
    }

    static CitySample of(Driver driver, long seed) {
        try (var session = driver.session()) {
            List<String> estates = session.run("MATCH (n:Estate) RETURN n.id AS id ORDER BY id").list(CitySample::id);
            List<String> committees = session.run("MATCH (n:OwnersCommittee) RETURN n.id AS id ORDER BY id").list(CitySample::id);
            List<String> subDistricts = session.run("MATCH (n:SubDistrict) RETURN n.id AS id ORDER BY id").list(CitySample::id);
            List<String> names = new ArrayList<>();
            session.run("""
                    MATCH (n:Stakeholder) WHERE n.kind IN ['Estate', 'OwnersCommittee', 'PropertyFirm', 'ResidentsCommittee', 'Studio', 'Project']
                    WITH n ORDER BY n.id LIMIT 20000
                    RETURN n.name AS name, n.nameEn AS nameEn""").forEachRemaining(row -> {
                names.add(row.get("name").asString());
                if (!row.get("nameEn").isNull()) {
                    names.add(row.get("nameEn").asString());
                }
            });
            return new CitySample(estates, committees, subDistricts, names, seed);
        }
    }

    private static String id(Record row) {
        return row.get("id").asString();
    }

    synchronized String estate() {
        return pick(estates);
    }

    synchronized String committee() {
        return pick(committees);
    }

    synchronized String subDistrict() {
        return pick(subDistricts);
    }

    /** A name, an English name or the first half of one, as a user types it. */
    synchronized String searchText() {
        String name = pick(names);
        return random.nextInt(4) == 0 ? name.substring(0, Math.max(2, name.length() / 2)) : name;
    }

    /** Two estates of the same sub-district (ids {@code <sub-district>-estate-NNN}), or any two when ids differ. */
    synchronized List<String> estatePair() {
        String from = pick(estates);
        int cut = from.lastIndexOf("-estate-");
        if (cut > 0) {
            String prefix = from.substring(0, cut + "-estate-".length());
            int at = Math.abs(java.util.Collections.binarySearch(estates, prefix) + 1);
            int end = at;
            while (end < estates.size() && estates.get(end).startsWith(prefix)) {
                end++;
            }
            if (end - at > 1) {
                String to = from;
                while (to.equals(from)) {
                    to = estates.get(at + random.nextInt(end - at));
                }
                return List.of(from, to);
            }
        }
        String to = pick(estates);
        return List.of(from, to.equals(from) ? estates.get((estates.indexOf(from) + 1) % estates.size()) : to);
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
