package com.example;

public record Point(int x, int y) {}
