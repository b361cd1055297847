/**
 * What both sides read before anything crosses: the {@code jmp.cluster.*} settings
 * ({@link dev.jmp.cluster.setup.ClusterSettings}, refused with {@code [jmp.cluster.bad-setting]}),
 * the cluster key ({@link dev.jmp.cluster.setup.ClusterKey}; made on first use only for a cluster
 * on the loopback), the class-path digest a member publishes and a driver compares
 * ({@link dev.jmp.cluster.setup.ClassPathDigest}, entries matched by file name so that machines may
 * keep jars in different folders), and the Hazelcast configuration of members and clients
 * ({@link dev.jmp.cluster.setup.HazelcastConfigs}: loopback unless configured, no multicast or
 * phone-home, fast failure detection, a deserialization allow-list).
 */
package dev.jmp.cluster.setup;
