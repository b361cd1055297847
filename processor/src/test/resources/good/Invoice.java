package com.example;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A record of everyday value types, as an application writes one. */
public record Invoice(long id, BigDecimal amount, LocalDate due) {}
