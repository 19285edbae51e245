package org.troika.change;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/** The {@code DateTime} scalar: an ISO-8601 date and time with its offset, written from the database's datetimes. */
final class DateTimeScalar {

    static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
            .name("DateTime")
            .description("A date and time with its offset from UTC, ISO-8601 (2026-05-04T09:30:00.123Z). "
                    + "带 UTC 偏移的日期时间，ISO-8601 格式（如 2026-05-04T09:30:00.123Z）。")
            .coercing(new DateTimeCoercing())
            .build();

    private DateTimeScalar() {
    }

    private static final class DateTimeCoercing implements Coercing<OffsetDateTime, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            return switch (value) {
                case OffsetDateTime dateTime -> dateTime.toString();
                case ZonedDateTime dateTime -> dateTime.toOffsetDateTime().toString();
                default -> throw new CoercingSerializeException("Not a date and time: " + value);
            };
        }

        @Override
        public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                return parse(text, CoercingParseValueException::new);
            }
            throw new CoercingParseValueException("A DateTime is a string such as 2026-05-04T09:30:00Z, not " + input);
        }

        @Override
        public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue text) {
                return parse(text.getValue(), CoercingParseLiteralException::new);
            }
            throw new CoercingParseLiteralException("A DateTime is a string such as \"2026-05-04T09:30:00Z\"");
        }

        private static <E extends RuntimeException> OffsetDateTime parse(String text, Function<String, E> error) {
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw error.apply("'" + text + "' is not a date and time such as 2026-05-04T09:30:00Z");
            }
        }
    }
}
