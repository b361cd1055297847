package dev.jmp.manager;

import dev.jmp.Process;
import dev.jmp.Task;
import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.TaskEntry;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.internal.task.Tasks;
import dev.jmp.manager.fixtures.AccountProxy;
import dev.jmp.testing.PoolTasks;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A hand-written task entry, shaped like a generated one, whose arguments are an action and
 * proxies, which cross as handles as a task's shared-object parameters do:
 * {@code put:k=v} (dict), {@code append:x} (list), {@code nested:x} (dict holding a list at
 * "inner"), {@code merge:n} (dict), {@code locked-incr:n} (lock, value), {@code deposit:n}
 * (account), {@code await-then-put} (event, dict), {@code forward:<action>} (runs the action in a
 * child of this child, with the same proxies), {@code copy-into:k} (list, dict: appends "from a
 * child" to the list and stores a copy of it in the dict at k), {@code hold} (any proxies, then
 * an event it sets before it blocks until killed), {@code hold-lock} (a lock, rlock or condition
 * it acquires, an event it then sets; blocks until killed), {@code take} (a queue it takes from
 * once), {@code acquire-permit} (a semaphore it acquires once), {@code hold-then-wait} (a condition
 * it acquires, an event it sets, then waits on the condition without limit), {@code pool-square:n}
 * (a pool, a dict: puts the square of n, computed by the pool, at "square").
 */
public final class ManagerScript implements TaskEntry {

    public static Task<Void> task(String action, BaseProxy... proxies) {
        WireOutput out = new WireOutput();
        out.writeString(action);
        out.writeInt(proxies.length);
        for (BaseProxy proxy : proxies) {
            SharedObjects.write(out, proxy);
        }
        return Tasks.task(ManagerScript.class.getName(), out.toByteArray(), "ManagerScript." + action, ManagerScript::decodeResult);
    }

    @Override
    @SuppressWarnings("unchecked")
    public byte[] invoke(byte[] arguments) throws Throwable {
        WireInput in = new WireInput(arguments);
        String action = in.readString();
        List<BaseProxy> proxies = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            proxies.add(SharedObjects.read(in, BaseProxy.class));
        }
        in.expectEnd();
        String verb = action.substring(0, action.indexOf(':') < 0 ? action.length() : action.indexOf(':'));
        String arg = action.indexOf(':') < 0 ? "" : action.substring(action.indexOf(':') + 1);
        switch (verb) {
            case "put" -> ((DictProxy<String, String>) proxies.get(0)).put(arg.split("=")[0], arg.split("=")[1]);
            case "append" -> ((ListProxy<String>) proxies.get(0)).add(arg);
            case "nested" -> ((ListProxy<String>) ((DictProxy<String, Object>) proxies.get(0)).get("inner")).add(arg);
            case "merge" -> {
                DictProxy<String, Integer> d = (DictProxy<String, Integer>) proxies.get(0);
                for (int i = Integer.parseInt(arg); i > 0; i--) {
                    d.merge("count", 1, Integer::sum);
                }
            }
            case "locked-incr" -> {
                LockProxy lock = (LockProxy) proxies.get(0);
                ValueProxy<Integer> value = (ValueProxy<Integer>) proxies.get(1);
                for (int i = Integer.parseInt(arg); i > 0; i--) {
                    try (Acquired held = lock.hold()) {
                        value.set(value.get() + 1);
                    }
                }
            }
            case "deposit" -> ((AccountProxy) proxies.get(0)).deposit(Long.parseLong(arg));
            case "await-then-put" -> {
                ((EventProxy) proxies.get(0)).await();
                ((DictProxy<String, String>) proxies.get(1)).put("after", "event");
            }
            case "forward" -> {
                Process p = new Process(task(arg, proxies.toArray(BaseProxy[]::new)));
                p.start();
                p.join();
                if (p.exitCode().orElse(-1) != 0) {
                    throw new IllegalStateException("the grandchild failed: " + p);
                }
            }
            case "copy-into" -> {
                ListProxy<String> list = (ListProxy<String>) proxies.get(0);
                list.add("from a child");
                ((DictProxy<String, Object>) proxies.get(1)).put(arg, list.copy());
            }
            case "hold" -> {
                ((EventProxy) proxies.get(proxies.size() - 1)).set();
                blockUntilKilled(proxies);
            }
            case "hold-lock" -> {
                BaseProxy lock = proxies.get(0);
                if (lock instanceof ConditionProxy condition) {
                    condition.acquire();
                } else {
                    ((ManagedLockProxy) lock).acquire();
                }
                ((EventProxy) proxies.get(1)).set();
                blockUntilKilled(proxies);
            }
            case "take" -> ((QueueProxy<Object>) proxies.get(0)).take();
            case "acquire-permit" -> ((SemaphoreProxy) proxies.get(0)).acquire();
            case "pool-square" -> ((DictProxy<String, Integer>) proxies.get(1)).put("square",
                    ((PoolProxy) proxies.get(0)).apply(PoolTasks.square(Integer.parseInt(arg))));
            case "hold-then-wait" -> {
                ConditionProxy condition = (ConditionProxy) proxies.get(0);
                condition.acquire();
                ((EventProxy) proxies.get(1)).set();
                condition.await();
            }
            default -> throw new IllegalArgumentException("unknown action " + action);
        }
        return new byte[0];
    }

    /** Waits for the SIGKILL the test sends, keeping {@code held} (and its references) alive. */
    private static void blockUntilKilled(Object held) throws InterruptedException {
        new CountDownLatch(1).await();
        Reference.reachabilityFence(held);
    }

    /** Decodes what {@link #invoke} returned, as a generated entry's {@code decodeResult} does. */
    public static Void decodeResult(byte[] result) {
        return null;
    }
}
