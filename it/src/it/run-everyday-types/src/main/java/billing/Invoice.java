package billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice as an application declares it: no codec, no Serializable. */
public record Invoice(long id, BigDecimal amount, LocalDate due) {}
