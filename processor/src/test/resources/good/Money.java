package com.example;

import java.io.Serializable;
import java.util.Objects;

/** A Serializable class with no generated codec: it crosses only under @JavaSerialized. */
public final class Money implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long cents;
    private final String currency;

    public Money(long cents, String currency) {
        this.cents = cents;
        this.currency = currency;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.cents == cents && m.currency.equals(currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cents, currency);
    }

    @Override
    public String toString() {
        return cents + " " + currency;
    }
}
