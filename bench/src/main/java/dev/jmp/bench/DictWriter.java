package dev.jmp.bench;

import dev.jmp.Task;
import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.TaskCall;
import dev.jmp.internal.TaskEntry;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.DictProxy;

/**
 * Python's {@code dict_writer(d, n)}: {@code d[i] = i} for {@code i < n}, in a child process.
 * A task entry shaped like a generated one, whose dict argument crosses as a handle, written by
 * hand until the processor accepts proxies as task parameters; it also reports the rate of the
 * loop alone, without the process start, on stderr.
 */
public final class DictWriter implements TaskEntry {

    static Task<Void> task(DictProxy<Integer, Integer> dict, int n) {
        WireOutput out = new WireOutput();
        SharedObjects.write(out, dict);
        out.writeInt(n);
        return new Task<>(new TaskCall(DictWriter.class.getName(), out.toByteArray(), "Work.dictWriter"));
    }

    @Override
    @SuppressWarnings("unchecked")
    public byte[] invoke(byte[] arguments) {
        WireInput in = new WireInput(arguments);
        DictProxy<Integer, Integer> dict = SharedObjects.read(in, DictProxy.class);
        int n = in.readInt();
        in.expectEnd();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            dict.put(i, i);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("manager_dict_set: the loop alone ran at %.0f per_s%n", n / seconds);
        return new byte[0];
    }

    @Override
    public Object decodeResult(byte[] result) {
        return null;
    }
}
