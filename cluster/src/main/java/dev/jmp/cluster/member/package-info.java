/**
 * The member's side: every command and poll checked before it is read ({@code CommandGuard}:
 * signed, recent, never seen), one session per driver ({@code DriverSession}) that carries out its
 * commands in the driver's order and holds its events until they are acknowledged
 * ({@code Outbox}), and what the commands do ({@code SessionCommands}): a pool's workers are this
 * member's own jmp worker JVMs, or threads of the member in the in-member mode, and a process is a
 * child JVM of the member, whose output goes to the member's log, all of it before its exit is
 * reported (so that a driver's {@code join()} returns after its last line). Both kinds of worker
 * are jmp-runtime's own, as its start methods {@code SPAWN} and {@code THREAD} run them. A worker
 * JVM whose pool is done with it waits, parked, for the same session's next pool as long as the
 * driver's context keeps workers for reuse ({@code Context.withWorkerReuse}), so that a driver's
 * later pools start warm; it is never handed to another session (its JVM options name the
 * session), and a session that closes retires the parked workers. What the
 * in-member mode gives up for the hop it saves: a thread cannot be killed, so a kill or
 * {@code cancel(true)} interrupts and abandons the running task (its outcome is dropped, the
 * worker reported killed); a task that exits or crashes the JVM takes the member with it; and
 * tasks share the member's heap and static state. A session closes, and what it started is
 * killed, when its driver says goodbye as it closes (at once), when the driver has not polled for
 * 10 s (it crashed or is cut off for good: its work is killed within about 10 s), or when the
 * member stops. A driver's connection to this member that drops says nothing of the driver: a live
 * one keeps its connections to the other members, and its polls and commands reach this member
 * through them, so the member goes by the polls alone. JVM options a driver asks for that load
 * code or run commands are refused ({@code [jmp.cluster.jvm-option]}).
 */
package dev.jmp.cluster.member;
