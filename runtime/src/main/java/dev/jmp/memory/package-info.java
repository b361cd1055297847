/**
 * Runtime-internal, not user API: the shared memory under every shared object. Public types
 * here are public only so that the runtime's other packages can use them; the module does not
 * export the package.
 *
 * <ul>
 *   <li>Segment files ({@code jmp-<pid>-<start ticks>-<n>} in the shared-memory directory of
 *       {@link dev.jmp.base.RuntimeDirectories}), mapped once per process and counted: small
 *       objects share 1 MiB segments, each at a 64-byte aligned offset, objects over 256 KiB get
 *       their own. A {@link dev.jmp.memory.SharedRegion} is one object's range and claim; its
 *       handle (segment, offset, length) names the same memory in every process.</li>
 *   <li>{@link dev.jmp.memory.SharedWords}, the buffer of 64-bit words every structure of the
 *       runtime keeps its state in, with the memory semantics each access names. Layouts are not
 *       its business: each structure has one descriptor class of word indexes, which every
 *       reader uses.</li>
 *   <li>Block files ({@link dev.jmp.memory.BlockFile}, {@link dev.jmp.memory.BlockFiles}): the named
 *       blocks of {@code dev.jmp.shm.SharedMemory}, {@code jmp-block-<name>}, one per block, with
 *       their creator and users recorded in a header page (a name cannot carry a creator), and
 *       the sweep of the blocks whose creator and users are all dead.</li>
 *   <li>{@link dev.jmp.memory.SegmentReader}, for tools that look at other processes' objects
 *       without attaching to them.</li>
 * </ul>
 */
package dev.jmp.memory;
