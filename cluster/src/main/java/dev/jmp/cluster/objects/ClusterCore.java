package dev.jmp.cluster.objects;

import com.hazelcast.core.HazelcastException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.core.ManagerBackend;
import dev.jmp.manager.core.Method;
import dev.jmp.manager.core.ProxyCore;

/**
 * One shared object of a cluster, as a proxy reaches it: its kind, its key, and the JVM's
 * {@link ObjectSpace}. Its handle names the cluster (its name and member addresses), so that a
 * process elsewhere (a task on a member) connects to the same cluster and reaches the same object.
 */
final class ClusterCore implements ProxyCore {

    /** The id handles of cluster objects begin with, for {@code HandleReaders}. */
    static final String BACKEND_ID = "hazelcast";

    final ObjectSpace space;
    final String typeId;
    final String key;
    private final Kind kind;
    private final ManagerBackend manager;

    ClusterCore(ObjectSpace space, String typeId, String key, ManagerBackend manager) {
        this.space = space;
        this.typeId = typeId;
        this.key = key;
        this.kind = Kinds.of(typeId, key);
        this.manager = manager;
    }

    @Override
    public String typeId() {
        return typeId;
    }

    @Override
    public String address() {
        return "hazelcast:" + space.clusterName;
    }

    @Override
    public Object identity() {
        return address() + "/" + key;
    }

    @Override
    public String describe() {
        return typeId + " " + key + " of cluster \"" + space.clusterName + "\"";
    }

    @Override
    public ManagerBackend manager() {
        return manager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R call(Method<R> method, Object... arguments) {
        // a pending interrupt is kept for later: Hazelcast's client would end the call with it
        boolean interrupted = Thread.interrupted();
        try {
            return (R) kind.call(this, method, arguments, false);
        } catch (InterruptedException e) {
            throw new IllegalStateException("[jmp.cluster.protocol] an uninterruptible call was interrupted", e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R callInterruptibly(Method<R> method, Object... arguments) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before a call on " + describe());
        }
        try {
            return (R) kind.call(this, method, arguments, true);
        } catch (HazelcastException e) {
            if (e.getCause() instanceof InterruptedException) {
                throw new InterruptedException("interrupted during a call on " + describe());
            }
            throw e;
        }
    }

    @Override
    public WireOutput newCall(int method) {
        throw new UnsupportedOperationException("[jmp.cluster.no-shared] @Shared classes are served by local"
                + " managers only; " + describe() + " is a cluster's");
    }

    @Override
    public WireInput invoke(WireOutput call, Class<?>... declared) {
        throw new UnsupportedOperationException("[jmp.cluster.no-shared] @Shared classes are served by local"
                + " managers only");
    }

    @Override
    public void writeHandle(WireOutput out) {
        out.writeString(BACKEND_ID);
        out.writeString(space.clusterName);
        out.writeString(String.join(",", space.addresses));
        out.writeString(typeId);
        out.writeString(key);
    }

    /** The error of a call the cluster could not serve: it is down, or this JVM left it. */
    RuntimeException unavailable(HazelcastException e) {
        if (e.getCause() instanceof InterruptedException) {
            return e; // callInterruptibly turns it into the caller's InterruptedException
        }
        if (Redo.inDoubt(e)) {
            // a call that is not safe to send twice (a list's, a dict's popItem): its caller decides
            return space.api.unavailable("[jmp.cluster.unavailable] the member serving " + describe() + " left"
                    + " before answering, so the call may or may not have taken effect; check the object's state"
                    + " before trying again", e);
        }
        return space.api.unavailable("[jmp.cluster.unavailable] " + describe() + " cannot be reached: "
                + e.getMessage(), e);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClusterCore c && c.identity().equals(identity());
    }

    @Override
    public int hashCode() {
        return identity().hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
