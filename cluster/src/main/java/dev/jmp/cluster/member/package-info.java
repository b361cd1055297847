/**
 * The member's side: every command and poll checked before it is read ({@code CommandGuard}:
 * signed, recent, never seen), one session per driver ({@code DriverSession}) that carries out its
 * commands in the driver's order and holds its events until they are acknowledged
 * ({@code Outbox}), and what the commands do ({@code SessionCommands}): a pool's workers are this
 * member's own jmp worker JVMs, or threads of the member in the in-member mode, and a process is a
 * child JVM of the member, whose output goes to the member's log, all of it before its exit is
 * reported (so that a driver's {@code join()} returns after its last line). A session closes when its driver disconnects or stops polling, or the
 * member stops; what it started is killed. JVM options a driver asks for that load code or run
 * commands are refused ({@code [jmp.cluster.jvm-option]}).
 */
package dev.jmp.cluster.member;
