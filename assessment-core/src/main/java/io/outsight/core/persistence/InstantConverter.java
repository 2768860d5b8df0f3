package io.outsight.core.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores instants as UTC timestamps with time zone. EclipseLink 4.0 would serialise an {@link
 * Instant} into a binary column; an offset date-time is a type every JDBC driver binds.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
