package com.example.modular;

/** A task argument the processor writes a codec for. */
public record Greeting(String name, int times) {}
