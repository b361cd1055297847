/**
 * What crosses between a driver and a member: commands ({@link dev.jmp.cluster.wire.Command}: open a
 * session, start a worker or process, run a batch, a worker's verb), the member's replies, and the
 * events a driver polls for ({@link dev.jmp.cluster.wire.Events}). Each travels as bytes encoded
 * with jmp-runtime's wire codec inside a signed {@link dev.jmp.cluster.wire.Envelope}, carried by a
 * {@link dev.jmp.cluster.wire.SignedCall} in Hazelcast's identified serialization, so no class of the
 * sender's choosing is instantiated on the receiver. A batch is one command: tasks sent one message
 * each were measured about 30 times slower.
 */
package dev.jmp.cluster.wire;
