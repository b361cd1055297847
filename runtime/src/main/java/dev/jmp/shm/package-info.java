/**
 * Memory shared between processes: Python's {@code Value}, {@code Array}, {@code RawValue} and
 * {@code RawArray}, and its {@code multiprocessing.shared_memory} module: raw named blocks
 * ({@link dev.jmp.shm.SharedMemory}), lists in a block ({@link dev.jmp.shm.ShareableList}) and
 * the manager that unlinks them ({@link dev.jmp.shm.SharedMemoryManager}).
 *
 * <h2>Python to Java</h2>
 * <table>
 *   <caption>Shared values and arrays</caption>
 *   <tr><th>Python</th><th>jmp</th></tr>
 *   <tr><td>{@code Value('i', 0)}</td><td>{@link dev.jmp.shm.IntValue#create IntValue.create(0)}</td></tr>
 *   <tr><td>{@code Value('q', 0)} / {@code Value('d', 0.0)}</td>
 *       <td>{@link dev.jmp.shm.LongValue#create LongValue.create(0)} /
 *           {@link dev.jmp.shm.DoubleValue#create DoubleValue.create(0.0)}</td></tr>
 *   <tr><td>{@code RawValue('i', 0)}</td><td>{@link dev.jmp.shm.IntValue#createRaw IntValue.createRaw(0)}</td></tr>
 *   <tr><td>{@code Array('d', 1000)}, {@code Array('i', [1, 2])}</td>
 *       <td>{@link dev.jmp.shm.DoubleArray#create(int) DoubleArray.create(1000)},
 *           {@link dev.jmp.shm.IntArray#create(int[]) IntArray.create(new int[] {1, 2})}</td></tr>
 *   <tr><td>{@code RawArray('q', n)}</td><td>{@link dev.jmp.shm.LongArray#createRaw(int) LongArray.createRaw(n)}</td></tr>
 *   <tr><td>typecodes {@code 'b'}/{@code 'B'}/{@code 'c'}, {@code 'h'}/{@code 'H'}, {@code 'u'}, {@code 'f'}</td>
 *       <td>{@link dev.jmp.shm.ByteValue}/{@link dev.jmp.shm.ByteArray}, {@link dev.jmp.shm.ShortValue}/{@link dev.jmp.shm.ShortArray},
 *           {@link dev.jmp.shm.CharValue}/{@link dev.jmp.shm.CharArray}, {@link dev.jmp.shm.FloatValue}/{@link dev.jmp.shm.FloatArray}
 *           (unsigned codes read the same bits: {@code Byte.toUnsignedInt(v.get())})</td></tr>
 *   <tr><td>{@code Value(c_bool, False)}</td><td>{@link dev.jmp.shm.BooleanValue#create BooleanValue.create(false)}</td></tr>
 *   <tr><td>{@code Array('c', b'hi').value}, {@code a.value = b'x'}, {@code a.raw}</td>
 *       <td>{@link dev.jmp.shm.ByteArray#value()}, {@link dev.jmp.shm.ByteArray#setValue(byte[])}, {@code toArray()};
 *           {@link dev.jmp.shm.CharArray#value()} and {@code setValue(String)} for {@code 'u'}</td></tr>
 *   <tr><td>{@code Value('i', 0, lock=l)}, {@code Array('d', n, lock=l)}</td>
 *       <td>{@code IntValue.create(0, l)}, {@code DoubleArray.create(n, l)}: {@code l} a {@link dev.jmp.sync.Lock} or
 *           {@link dev.jmp.sync.RLock}, shared by every object created with it and left open when they close</td></tr>
 *   <tr><td>{@code v.value}, {@code v.value = x}</td><td>{@code v.get()}, {@code v.set(x)}</td></tr>
 *   <tr><td>{@code arr[i]}, {@code arr[i] = x}, {@code len(arr)}</td><td>{@code arr.get(i)}, {@code arr.set(i, x)}, {@code arr.length()}</td></tr>
 *   <tr><td>{@code arr[:]}, {@code arr[a:b]}</td><td>{@code arr.toArray()}, {@code arr.slice(a, b)} (a view, not a copy)</td></tr>
 *   <tr><td>{@code v.get_lock()}; {@code with v.get_lock():}</td><td>{@code v.getLock()}; {@code try (var held = v.getLock().hold())}</td></tr>
 *   <tr><td>(none)</td><td>{@code addAndGet}, {@code getAndAdd}, {@code compareAndSet}, {@code incrementAndGet}: atomic without the lock</td></tr>
 * </table>
 *
 * <p>Unlike Python, every single operation is atomic, with volatile semantics, on both kinds;
 * the lock of the synchronized kind is for compound updates. Bulk copies are plain memory copies.
 * Arrays of {@code byte}, {@code short} and {@code char} are packed, as in Python, and their
 * elements are updated atomically through the aligned {@code int} word around them. Integer
 * arithmetic wraps around as ctypes' does ({@code Value('b', 127)} plus one is -128).
 *
 * <p>The typed arrays share one base: length, bounds checks, slices and bulk copies are written
 * once over the Java array type, and each array type adds only its element operations.
 *
 * <h2>Segments</h2>
 * Objects are allocated in segment files in {@code /dev/shm} (the temp dir where there is none;
 * the system property {@code jmp.shm.dir} overrides both) and mapped into every process that
 * uses them ({@link dev.jmp.memory}); they are accessed through {@link java.lang.invoke.VarHandle}s
 * only. A {@link dev.jmp.shm.LongArray} is a typed view of {@link dev.jmp.memory.SharedWords},
 * the buffer the runtime's own shared structures (locks, queues) keep their words in. Small objects
 * share 1 MiB segments, each at a 64-byte aligned offset; objects over 256 KiB get their own.
 * A file is named {@code jmp-<pid>-<start ticks>-<n>} after the runtime that created it.
 *
 * <h2>Lifetime</h2>
 * <ul>
 *   <li>{@code close()} releases an object. When every object of a segment created by this
 *       runtime is closed, the file is removed; processes that mapped it keep working.</li>
 *   <li>At JVM exit the runtime removes the files of all segments it created.</li>
 *   <li>A runtime killed before that leaves files behind: segments, queue chunks and the table
 *       its waiting threads were recorded in. The next runtime to create a segment, or to wait on
 *       a lock, in the same directory removes every such file whose creator is no longer alive
 *       (the pid is gone, or belongs to a process with another start time).</li>
 *   <li>An object passed to another process must stay open in its creator until the receiver
 *       has attached; the receiver's {@code close()} only drops its own mapping claim.</li>
 * </ul>
 * Shared objects cross to other processes as handles (segment, offset, length, class) through
 * {@code dev.jmp.internal.SharedObjects}, which generated task codecs call.
 *
 * <h2>Blocks: {@code multiprocessing.shared_memory}</h2>
 * <table>
 *   <caption>Shared memory blocks and lists</caption>
 *   <tr><th>Python</th><th>jmp</th></tr>
 *   <tr><td>{@code SharedMemory(create=True, size=n)}, {@code SharedMemory("blk", create=True, size=n)}</td>
 *       <td>{@link dev.jmp.shm.SharedMemory#create(long) SharedMemory.create(n)},
 *           {@link dev.jmp.shm.SharedMemory#create(String, long) SharedMemory.create("blk", n)}</td></tr>
 *   <tr><td>{@code SharedMemory("blk")}, {@code shm.name}, {@code shm.size}, {@code shm.buf}</td>
 *       <td>{@link dev.jmp.shm.SharedMemory#attach attach("blk")}, {@code name()}, {@code size()},
 *           {@link dev.jmp.shm.SharedMemory#buffer() buffer()}; {@code view(MemorySegment.class)} on JDK 22+</td></tr>
 *   <tr><td>{@code shm.close()}, {@code shm.unlink()}</td><td>{@code close()}, {@code unlink()}</td></tr>
 *   <tr><td>{@code ShareableList([1, "a"], name=n)}, {@code ShareableList(name=n)}, {@code sl.format}</td>
 *       <td>{@link dev.jmp.shm.ShareableList#create(String, java.util.List) ShareableList.create(n, List.of(1, "a"))},
 *           {@link dev.jmp.shm.ShareableList#attach attach(n)}, {@code format()}</td></tr>
 *   <tr><td>{@code with SharedMemoryManager() as smm: smm.SharedMemory(n)}</td>
 *       <td>{@code try (var smm = new SharedMemoryManager()) { smm.sharedMemory(n); }}</td></tr>
 * </table>
 *
 * <p>A block {@code blk} is the file {@code jmp-block-blk} of the shared-memory directory, so any
 * process using the same directory attaches by name; a task parameter crosses as that name. Its
 * first page records the creator and up to 252 processes using the block; the bytes follow, page
 * aligned. Views are of the one mapping ({@code dev.jmp.base.MappedFile}), no copy: the
 * {@code MemorySegment} view comes from a Java 22 class in the multi-release jar (built by a JDK
 * 22+ build, or with {@code -Djmp.java22.home}), so Java 17 stays the floor.
 * Lifetime, decided after Python's:
 * <ul>
 *   <li>{@code close()} ends this process's use; the block stays. {@code unlink()} removes the
 *       name at once: nobody can attach any more, who has the block keeps it, and the memory goes
 *       with the last of them. Closing twice does nothing; the views of a closed block throw
 *       {@code [jmp.shm.block-closed]}, while its name, size and {@code unlink()} still work.</li>
 *   <li>A block its creator never unlinked is removed when the creator exits, with a
 *       {@code [jmp.shm.leaked]} warning (Python's resource tracker does the same), unless a
 *       living process still uses it: then it stays until every user is gone.</li>
 *   <li>A block whose creator and users are all dead, SIGKILL included, is swept by the next
 *       runtime to create a block or another shared object in that directory
 *       ({@link dev.jmp.memory.BlockFiles#sweep}).
 *       A living creator's block is never swept: the creator removes it.</li>
 *   <li>A {@link dev.jmp.shm.SharedMemoryManager} needs no server process: it lives where it was
 *       created and unlinks what it handed out when it shuts down, or at exit.</li>
 * </ul>
 */
package dev.jmp.shm;
