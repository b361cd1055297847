package com.example;

/** A record of records, with nullable components. */
public record Line(Point from, Point to, String label, Color color) {}
