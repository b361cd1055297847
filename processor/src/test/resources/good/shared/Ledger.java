package com.example.shared;

import dev.jmp.manager.Shared;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class Ledger {

    public enum Kind { CREDIT, DEBIT }

    public record Entry(String account, long cents, Kind kind) {}

    private final String name;
    private final List<Entry> entries = new ArrayList<>();

    public Ledger(String name) {
        this.name = name;
    }

    public Ledger(String name, List<Entry> opening) {
        this(name);
        entries.addAll(opening);
    }

    @Shared
    public void post(Entry entry) {
        entries.add(entry);
    }

    @Shared
    public Map<String, Long> balances() {
        Map<String, Long> balances = new LinkedHashMap<>();
        for (Entry e : entries) {
            balances.merge(e.account(), e.kind() == Kind.CREDIT ? e.cents() : -e.cents(), Long::sum);
        }
        return balances;
    }

    @Shared
    public List<Entry> entries(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    @Shared
    public int count(String... accounts) {
        return (int) entries.stream().filter(e -> List.of(accounts).contains(e.account())).count();
    }

    @Shared
    public byte[] digest(int[][] weights) {
        return new byte[] {(byte) entries.size(), (byte) weights.length};
    }

    @Shared
    @Override
    public String toString() {
        return name + entries;
    }

    /** A shared class nested in another. */
    public static class Audit {

        @Shared
        public boolean check(Map<Kind, List<Entry>> byKind, String arguments, int result) {
            return byKind.isEmpty() && arguments == null && result == 0;
        }
    }
}
