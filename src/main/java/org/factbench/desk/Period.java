package org.factbench.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.factbench.base.ValidationFailedException;

/**
 * A dashboard's period: whole days in UTC, from {@code first} to {@code last} inclusive, as the
 * instants [start, end) that the figures count in.
 */
public record Period(LocalDate first, LocalDate last) {

  public Period {
    if (last.isBefore(first)) {
      throw new ValidationFailedException("from", "The period must start before it ends.");
    }
  }

  /** The last {@code days} days, today included. */
  public static Period lastDays(int days, Clock clock) {
    if (days < 1 || days > 366) {
      throw new ValidationFailedException("days", "Choose between 1 and 366 days.");
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    return new Period(today.minusDays(days - 1L), today);
  }

  public Instant start() {
    return first.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public Instant end() {
    return last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
