package dev.jmp.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One member's output (stdout and stderr together), read to its end on a daemon thread, so that a
 * member never blocks on a full pipe. The lines before its ready line go to this JVM's stdout
 * after {@code member <i>: }, since they tell why a member did not start; the ready line ends
 * {@link #awaitReady}; the lines after it go to a consumer of the test's.
 */
final class MemberOutput {

    private final int index;
    private final Process member;
    private final String readyPrefix;
    private final Consumer<String> afterReady;
    private final CompletableFuture<String> ready = new CompletableFuture<>();
    private final Thread reader;

    private MemberOutput(int index, Process member, String readyPrefix, Consumer<String> afterReady) {
        this.index = index;
        this.member = member;
        this.readyPrefix = readyPrefix;
        this.afterReady = afterReady;
        this.reader = new Thread(this::read, "member-" + index + "-output");
        reader.setDaemon(true);
    }

    /** Starts reading the output of member {@code index}. */
    static MemberOutput read(int index, Process member, String readyPrefix, Consumer<String> afterReady) {
        MemberOutput output = new MemberOutput(index, member, readyPrefix, afterReady);
        output.reader.start();
        return output;
    }

    /**
     * Waits until the member said it is ready.
     *
     * @throws IllegalStateException when its output ended first, with its exit code
     * @throws TimeoutException when {@code seconds} passed first
     */
    void awaitReady(long seconds) throws InterruptedException, ExecutionException, TimeoutException {
        String line = ready.get(seconds, TimeUnit.SECONDS);
        if (!line.startsWith(readyPrefix)) {
            throw new IllegalStateException("member " + index + " did not start: " + line);
        }
    }

    /** Waits up to {@code millis} until the output has been read to its end. */
    void awaitEnd(long millis) throws InterruptedException {
        reader.join(Math.max(1, millis));
    }

    private void read() {
        BufferedReader out = new BufferedReader(new InputStreamReader(member.getInputStream()));
        try {
            for (String line; (line = out.readLine()) != null; ) {
                if (ready.isDone()) {
                    afterReady.accept(line);
                } else if (line.startsWith(readyPrefix)) {
                    ready.complete(line);
                } else {
                    System.out.println("member " + index + ": " + line);
                }
            }
            if (!ready.isDone()) {
                ready.complete("exited with " + member.waitFor());
            }
        } catch (IOException e) {
            // When the member ends, the JDK closes the pipe's stream under a read in progress
            // ("Stream closed"): that is the end of the output, not a failure.
            ready.complete(e.toString());
        } catch (InterruptedException e) {
            ready.complete(e.toString());
        }
    }
}
