package com.example;

import dev.jmp.ProcessTask;
import dev.jmp.queue.Queue;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Tasks over java.time, BigDecimal, BigInteger, UUID and Optional, and a queue of records of them. */
public class Billing {

    @ProcessTask
    public static Invoice invoice(Invoice invoice) {
        return invoice;
    }

    @ProcessTask
    public static List<Optional<Instant>> instants(List<Optional<Instant>> instants) {
        return instants;
    }

    @ProcessTask
    public static Map<UUID, ZonedDateTime> zoned(Map<UUID, ZonedDateTime> zoned) {
        return zoned;
    }

    @ProcessTask
    public static String scalars(Duration duration, BigInteger big, Optional<String> note) {
        return duration + " " + big + " " + note;
    }

    @ProcessTask
    public static int drain(Queue<Invoice> invoices) {
        return 0;
    }
}
