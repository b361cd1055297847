/**
 * The driver's side: one Hazelcast client per JVM ({@code ClusterClient}), a session per usable
 * member ({@code MemberChannel}) whose commands the member carries out in the order sent, a thread
 * per session that polls its events ({@code EventPump}), and the workers and processes placed on
 * members, least loaded first ({@code Placement}). Commands and polls reach a member's executor
 * as Hazelcast client invocations whose answers complete on the client thread that reads them
 * ({@code MemberCalls}): nothing there blocks, and the events go on to the pump, the one thread
 * that tells them, since what they set off in a pool (a replacement worker's start, a user's
 * callback) may wait. Workers implement jmp-runtime's worker-backend
 * seam, so the pool above them is the local one, queue and credit included. A member that leaves
 * makes everything placed there report its loss, after every event that came before. Hazelcast's
 * client threads are non-daemon; {@code ProgramEnd} closes the client once only they are left, so
 * that a driver program ends when its {@code main} returns, as a program of local pools does.
 */
package dev.jmp.cluster.driver;
