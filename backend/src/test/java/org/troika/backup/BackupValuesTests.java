package org.troika.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;
import tools.jackson.databind.json.JsonMapper;

/** Property values through the backup's JSON and back, each with its type. */
class BackupValuesTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void values_come_back_with_their_types_through_the_json_text() {
        Map<String, Object> properties = Map.of(
                "whole", 3.0, "count", 3L, "text", "3", "notANumber", Double.NaN, "above", Double.POSITIVE_INFINITY,
                "bytes", new byte[] {1, 2, 3}, "at", ZonedDateTime.of(2024, 5, 1, 9, 30, 0, 5, ZoneId.of("Asia/Shanghai")),
                "days", List.of(LocalDate.of(2024, 1, 1)), "took", Values.isoDuration(1, 2, 3, 4).asIsoDuration(),
                "place", Values.point(7203, 1.5, 2.5).asPoint());

        String text = JSON.writeValueAsString(BackupValues.properties(properties));
        Map<String, Object> back = BackupValues.properties(JSON.readTree(text));

        assertThat(text).contains("\"whole\":3.0", "\"count\":3", "\"text\":\"3\"", "{\"float\":\"NaN\"}",
                "{\"date\":\"2024-01-01\"}", "{\"datetime\":\"2024-05-01T09:30:00.000000005+08:00[Asia/Shanghai]\"}");
        assertThat(back.get("whole")).isEqualTo(3.0);
        assertThat(back.get("count")).isEqualTo(3L);
        assertThat(back.get("text")).isEqualTo("3");
        assertThat((Double) back.get("notANumber")).isNaN();
        assertThat(back.get("above")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat((byte[]) back.get("bytes")).containsExactly(1, 2, 3);
        assertThat(back.get("at")).isEqualTo(properties.get("at"));
        assertThat(back.get("days")).isEqualTo(properties.get("days"));
        assertThat(back.get("took")).isEqualTo(properties.get("took"));
        assertThat(back.get("place")).isEqualTo(properties.get("place"));
    }

    @Test
    void a_value_of_unknown_type_or_out_of_range_is_refused_by_name() {
        assertThatThrownBy(() -> BackupValues.properties(JSON.readTree("{\"x\": {\"colour\": \"red\"}}")))
                .hasMessage("property \"x\": unknown value type \"colour\"");
        assertThatThrownBy(() -> BackupValues.properties(JSON.readTree("{\"x\": 99999999999999999999}")))
                .hasMessageContaining("larger than a Neo4j integer");
        assertThatThrownBy(() -> BackupValues.properties(JSON.readTree("{\"x\": null}")))
                .hasMessageContaining("is not a property value");
    }
}
