package com.example;

/** A generic record: its components are typed by the arguments at each use. */
public record Pair<A, B>(A first, B second) {}
