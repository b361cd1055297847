package com.example;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A record of collections. */
public record Catalog(String name, List<Point> points, Map<String, Set<Color>> tags, Long version) {}
