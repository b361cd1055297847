package dev.jmp.bench;

/** A workload whose jmp side needs a part of jmp that does not exist yet: it prints {@code n/a}. */
record Pending(String name, String unit) implements Workload {

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public double measure() {
        throw new UnsupportedOperationException(name + " is not implemented on the jmp side yet");
    }
}
