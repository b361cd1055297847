package dev.jmp.cluster.wire;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;
import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * A command or a poll on its way to a member's executor, in Hazelcast's own serialization: no
 * class of the sender's choosing is ever instantiated on the member, and no code crosses. Run
 * there, it hands its envelope to the member's {@link MemberEndpoint}, which checks the signature
 * before it reads anything else.
 */
public final class SignedCall implements Callable<byte[]>, IdentifiedDataSerializable, HazelcastInstanceAware {

    private byte kind;
    private Envelope envelope;
    private transient HazelcastInstance instance;

    /** For Hazelcast's factory. */
    public SignedCall() {}

    /** A call of {@code kind} ({@link Signer#COMMAND} or {@link Signer#POLL}) carrying {@code envelope}. */
    public SignedCall(byte kind, Envelope envelope) {
        this.kind = kind;
        this.envelope = envelope;
    }

    @Override
    public byte[] call() {
        MemberEndpoint endpoint = MemberEndpoint.of(instance);
        return kind == Signer.POLL ? endpoint.poll(envelope) : endpoint.command(envelope);
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
        this.instance = hazelcastInstance;
    }

    @Override
    public int getFactoryId() {
        return WireIds.FACTORY_ID;
    }

    @Override
    public int getClassId() {
        return WireIds.SIGNED_CALL;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeByte(kind);
        envelope.writeTo(out);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        kind = in.readByte();
        envelope = Envelope.readFrom(in);
    }
}
