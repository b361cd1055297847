package dev.jmp.cluster.objects;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * One step of a state machine ({@link Machine}), run by the member that owns the object's entry:
 * the only way the entry changes. It records the state it wrote, which its backups then put as
 * it is ({@link BackupPut}). A step carries its caller's request number: run again with the same
 * number (its caller could not tell whether a member that died ran it), it answers from the
 * entry's {@link StepLog} and changes nothing.
 */
final class Step implements EntryProcessor<String, byte[], byte[]>, IdentifiedDataSerializable,
        HazelcastInstanceAware {

    private int machine;
    private int method;
    private int phase;
    private byte[] args;
    private byte[] ticket;
    private String endpoint;
    private long thread;
    private long request;
    private transient Map<String, Boolean> live;
    private transient HazelcastInstance member;
    private transient byte[] written;

    Step() {}

    Step(int machine, int method, int phase, byte[] args, byte[] ticket, String endpoint, long thread,
         long request) {
        this.machine = machine;
        this.method = method;
        this.phase = phase;
        this.args = args;
        this.ticket = ticket;
        this.endpoint = endpoint;
        this.thread = thread;
        this.request = request;
    }

    @Override
    public byte[] process(Map.Entry<String, byte[]> entry) {
        live = null; // a step run again in the same JVM sees the cluster of now
        written = null;
        WireOutput reply = new WireOutput(32);
        byte[] stored = entry.getValue();
        if (stored == null) {
            Replies.failed(reply, Replies.GONE, "[jmp.cluster.object-gone] " + entry.getKey() + " was freed: the"
                    + " program that created it without a name ended or closed its manager");
            return reply.toByteArray();
        }
        StepLog log = StepLog.read(stored);
        byte[] repeated = log.replyTo(endpoint, thread, request);
        if (repeated != null) {
            return repeated;
        }
        Caller caller = new Caller(endpoint, thread, this::alive);
        byte[] next = Machines.of(machine).apply(log.state, method, phase, new WireInput(args),
                new WireInput(ticket), caller, reply);
        byte[] answer = reply.toByteArray();
        if (next != log.state) {
            written = log.after(next, caller, request, answer);
            entry.setValue(written);
        }
        return answer;
    }

    @Override
    public EntryProcessor<String, byte[], byte[]> getBackupProcessor() {
        return written == null ? null : castless(new BackupPut(written));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static EntryProcessor<String, byte[], byte[]> castless(EntryProcessor processor) {
        return processor;
    }

    /**
     * Whether {@code uuid} is the caller, a member, or a client the cluster still has
     * ({@link ClientPresence}: one no member has had for its grace period is gone); asked once per
     * endpoint in a step, so that the step decides on one answer.
     */
    private boolean alive(String uuid) {
        if (uuid.equals(endpoint)) {
            return true; // even when its call came through another member, not yet seen here
        }
        ClientPresence presence = member == null ? null : ClientPresence.of(member);
        if (presence == null) {
            return true; // nothing to tell by: never take a lock from a holder that may live
        }
        if (live == null) {
            live = new HashMap<>();
        }
        return live.computeIfAbsent(uuid, presence::alive);
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.member = instance;
    }

    @Override
    public int getFactoryId() {
        return ObjectIds.FACTORY_ID;
    }

    @Override
    public int getClassId() {
        return ObjectIds.STEP;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeInt(machine);
        out.writeInt(method);
        out.writeInt(phase);
        out.writeByteArray(args);
        out.writeByteArray(ticket);
        out.writeString(endpoint);
        out.writeLong(thread);
        out.writeLong(request);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        machine = in.readInt();
        method = in.readInt();
        phase = in.readInt();
        args = in.readByteArray();
        ticket = in.readByteArray();
        endpoint = in.readString();
        thread = in.readLong();
        request = in.readLong();
    }
}
