package com.example;

import dev.jmp.ProcessTask;
import java.util.List;

public class RecursiveRecord {

    public record Node(int value, Node next) {}

    public record Tree(List<Branch> branches) {}

    public record Branch(String name, Tree tree) {}

    @ProcessTask
    public static int length(
            Node list) {
        return 0;
    }

    @ProcessTask
    public static int depth(
            Tree tree) {
        return 0;
    }
}
