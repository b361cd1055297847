package dev.jmp.cluster.driver;

import com.hazelcast.client.impl.clientside.HazelcastClientInstance;
import com.hazelcast.client.impl.clientside.HazelcastClientProxy;
import com.hazelcast.client.impl.protocol.ClientMessage;
import com.hazelcast.client.impl.protocol.codec.ExecutorServiceSubmitToMemberCodec;
import com.hazelcast.client.impl.spi.impl.ClientInvocation;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.util.UuidUtil;
import dev.jmp.cluster.wire.SignedCall;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * How a driver's commands and polls reach a member's executor: the client invocation behind
 * Hazelcast's {@code IExecutorService.submitToMember}, answered on the client thread that reads
 * the member's response. The executor proxy would complete each call through Hazelcast's default
 * asynchronous executor, in three stages; where the JDK's common pool has fewer than two threads
 * (a machine of two cores or fewer) that executor starts a new thread per stage, three per
 * answer, which cost more than the network itself. What completes here runs on that client
 * thread, so it must not block: the answers go to futures, and only threads of jmp's own wait.
 */
final class MemberCalls {

    private static final Executor ON_ANSWER = Runnable::run;

    private final HazelcastClientInstance client;
    private final InternalSerializationService serialization;
    private final String executor;

    MemberCalls(HazelcastInstance hazelcast, String executor) {
        hazelcast.getExecutorService(executor); // the members make it as for any client of it
        this.client = ((HazelcastClientProxy) hazelcast).client;
        this.serialization = ((HazelcastClientProxy) hazelcast).getSerializationService();
        this.executor = executor;
    }

    /** Runs {@code call} on {@code member}'s executor; completes, on a client thread, with what it returned. */
    CompletableFuture<byte[]> submit(SignedCall call, Member member) {
        CompletableFuture<byte[]> answer = new CompletableFuture<>();
        try {
            ClientMessage request = ExecutorServiceSubmitToMemberCodec.encodeRequest(executor,
                    UuidUtil.newUnsecureUUID(), serialization.toData(call), member.getUuid());
            new ClientInvocation(client, request, executor, member.getUuid()).invoke()
                    .whenCompleteAsync((response, failure) -> {
                        if (failure != null) {
                            answer.completeExceptionally(failure);
                            return;
                        }
                        try {
                            answer.complete(serialization.toObject(ExecutorServiceSubmitToMemberCodec
                                    .decodeResponse(response)));
                        } catch (RuntimeException e) {
                            answer.completeExceptionally(e);
                        }
                    }, ON_ANSWER);
        } catch (RuntimeException e) { // the client is closing
            answer.completeExceptionally(e);
        }
        return answer;
    }
}
