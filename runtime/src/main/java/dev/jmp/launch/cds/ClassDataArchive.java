package dev.jmp.launch.cds;

import dev.jmp.base.JmpLog;
import dev.jmp.base.RuntimeDirectories;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A class-data archive for child JVMs: the classes a child loads on its way to its task (jmp's
 * bootstrap and control channel, the JDK's Unix-socket, process-handle and security-provider
 * classes they pull in, the task entries), parsed once and mapped from a file by every later
 * child instead of being loaded from jars one by one.
 *
 * <p>{@link #optionsFor} is what the launcher calls for each child; it answers the JVM options to
 * add, or none:
 * <ul>
 *   <li>JDK 17 to 24: a dynamic AppCDS archive ({@code -XX:SharedArchiveFile}) on top of the JDK's
 *       default one;</li>
 *   <li>JDK 25 and later: an AOT cache ({@code -XX:AOTCache}, JEPs 483 and 514), which also holds
 *       classes already linked and lambdas already resolved, and starts a child faster still.</li>
 * </ul>
 * Figures for both are in {@code BENCHMARKS.md} ("Child start-up: where the time goes").
 *
 * <p><b>Creation.</b> The first time a class path and set of options is seen, the archive is not
 * there yet: the child starts without one, and a background JVM ({@link ClassDataTrainer}, under
 * {@code nice} when there is one) creates it by running {@link ClassDataExercise} with the
 * child's options, checks that a JVM accepts the result and renames it into place atomically, so
 * that two programs creating the same archive at once, or a program killed in the middle, never
 * leave a half-written archive under the final name. Making the first real child dump its
 * classes at exit was measured instead and rejected: it delays that child's {@code join()} by
 * 0.15 s (JDK 17) to 1.3 s (JDK 25, AOT cache), and every child started before the archive
 * exists would dump too; the background JVM costs the children of that first run 10 to 40 ms
 * each while it runs (1 to 2 s), on two cores. The trainer is a JVM of its own, not a thread of this one, so a program shorter than the
 * training still leaves the archive behind for its next run.
 *
 * <p><b>Where and which.</b> Archives live in {@code $XDG_CACHE_HOME/jmp} or {@code ~/.cache/jmp}
 * ({@value #DIR_PROPERTY} overrides it), named {@code cds-<class path>-<key>-<size>.jsa} (or
 * {@code .aot}). The key covers everything that makes a JVM refuse an archive: the JDK
 * ({@code java.home}, its exact version), every class path entry (including those a jar's
 * manifest {@code Class-Path} adds) with its size and modification time, and the JVM options
 * except {@code -D} properties, logging and assertions. The size in the name lets a truncated file
 * be refused before a JVM maps it (JDK 17 crashes on a truncated dynamic archive). Each creation
 * prunes the directory: at most {@value #KEEP_PER_CLASS_PATH} archives per class path and
 * {@value #KEEP_IN_ALL} in all, newest kept.
 *
 * <p><b>When not.</b> No options, and nothing printed into a child's output, when the class path
 * holds a non-empty directory or an entry that does not exist (archives record jars only), when
 * the options choose class-data sharing themselves ({@code -Xshare}, {@code -XX:SharedArchiveFile},
 * {@code -XX:AOT…}, ...), when the cache directory cannot be written, when creating the archive
 * failed before (recorded in a {@code .failed} file next to where the archive would be, so it is
 * not retried for the same key) or when the archive is missing or of the wrong size. A child that
 * is handed an archive its JVM still refuses (an older JVM build at the same path, say) starts
 * without it, silently: the options turn the JVM's CDS and AOT logging off.
 *
 * <p><b>Enabling.</b> {@value #MODE_PROPERTY} = {@code auto} (the default), {@code on} or
 * {@code off}. {@code auto} is the default because the measured gain is there for every child
 * but the first ones (about 10 ms of 100 on JDK 17, 20 ms on JDK 25 on a 2-core machine) and the
 * cost is one background JVM per new class path, once, and a few megabytes on disk. {@code on}
 * does the same and prints one line on the parent's stderr when no archive can be used (and
 * why), or while one is being created; {@code auto} never prints. The property is read at each
 * launch, so it applies to every child, pool workers and manager servers included, whatever their
 * context; a context that wants none passes {@code -Xshare:off} in its JVM options.
 */
public final class ClassDataArchive {

    /** System property: {@code auto} (default), {@code on} or {@code off}. */
    public static final String MODE_PROPERTY = "jmp.cds";

    /** System property: the directory of archives, instead of the user's cache directory. */
    public static final String DIR_PROPERTY = RuntimeDirectories.CLASS_DATA_PROPERTY;

    static final int KEEP_PER_CLASS_PATH = 3;
    static final int KEEP_IN_ALL = 24;

    /** Bumped when what goes into an archive or its name changes. */
    private static final String FORMAT = "1";

    /** Options by which the user chooses class-data sharing (or none) for themselves. */
    private static final List<String> CDS_CHOICES = List.of(
            "-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive",
            "-XX:-UseSharedSpaces", "-XX:SharedClassListFile", "-XX:DumpLoadedClassList", "-XX:AOT",
            "-XX:+RecordDynamicDumpInfo");

    /** Options that do not change which archive a JVM accepts, left out of the key. */
    private static final List<String> KEY_IGNORED = List.of(
            "-D", "-Xlog", "-verbose", "-ea", "-da", "-esa", "-dsa", "-enableassertions", "-disableassertions",
            "-enablesystemassertions", "-disablesystemassertions");

    private static final ConcurrentHashMap<String, Plan> PLANS = new ConcurrentHashMap<>();

    private ClassDataArchive() {}

    /** The two kinds of archive, by JDK. */
    enum Flavour {
        /** JDK 17-24: a dynamic AppCDS archive on top of the JDK's default CDS archive. */
        DYNAMIC(".jsa"),
        /** JDK 25 and later: an AOT cache. */
        AOT(".aot");

        final String suffix;

        Flavour(String suffix) {
            this.suffix = suffix;
        }

        static Flavour current() {
            return Runtime.version().feature() >= 25 ? AOT : DYNAMIC;
        }

        /** Options that make a JVM use {@code archive}, and say nothing if it cannot. */
        List<String> useOptions(Path archive) {
            return this == AOT
                    ? List.of(concat("-XX:AOTCache=", archive), "-Xlog:cds*=off", "-Xlog:aot*=off")
                    : List.of(concat("-XX:SharedArchiveFile=", archive), "-Xshare:auto", "-Xlog:cds*=off");
        }

        /** Options that make a JVM write an archive of what it loaded to {@code output} as it ends. */
        List<String> createOptions(Path output) {
            return this == AOT
                    ? List.of("-XX:AOTCacheOutput=" + output, "-Xlog:cds*=off", "-Xlog:aot*=off")
                    : List.of("-XX:ArchiveClassesAtExit=" + output, "-Xlog:cds*=off");
        }

        /** Options that make a JVM fail, rather than go on without it, when it cannot use {@code archive}. */
        List<String> checkOptions(Path archive) {
            return this == AOT
                    ? List.of("-XX:AOTCache=" + archive, "-XX:AOTMode=on")
                    : List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on");
        }
    }

    /**
     * The JVM options that make a child started with {@code classPath} and {@code jvmOptions} use
     * the class-data archive; empty when there is none (yet), or none can be used. Never throws
     * and never blocks on anything slower than a few file-system look-ups.
     */
    public static List<String> optionsFor(String classPath, List<String> jvmOptions) {
        Mode mode = Mode.current();
        if (mode == Mode.OFF) {
            return List.of();
        }
        try {
            String request = concat(classPath, "\0", String.join("\0", jvmOptions));
            Plan plan = PLANS.get(request);
            if (plan == null) {
                Plan planned = plan(classPath, List.copyOf(jvmOptions));
                Plan raced = PLANS.putIfAbsent(request, planned);
                plan = raced != null ? raced : planned;
            }
            return plan.options(mode);
        } catch (RuntimeException e) {
            explain(mode, "unexpected ", e);
            return List.of();
        }
    }

    private enum Mode {
        AUTO, ON, OFF;

        static Mode current() {
            String value = System.getProperty(MODE_PROPERTY, "auto").strip();
            switch (value) {
                case "auto":
                case "":
                    return AUTO;
                case "on":
                case "true":
                    return ON;
                case "off":
                case "false":
                    return OFF;
                default:
                    if (WARNED.add("mode:" + value)) {
                        JmpLog.log(JmpLog.LAUNCH, Level.WARNING, "[jmp.cds] unknown " + MODE_PROPERTY + "=" + value
                                + "; expected auto, on or off; class-data sharing is off");
                    }
                    return OFF;
            }
        }
    }

    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    /** Prints the parts as one line on stderr, once per JVM, if the user asked for the archive. */
    private static void explain(Mode mode, Object... parts) {
        if (mode != Mode.ON) {
            return;
        }
        String why = concat(parts);
        if (WARNED.add(why)) {
            JmpLog.log(JmpLog.LAUNCH, Level.INFO, "[jmp.cds] " + why);
        }
    }

    /** What to do for one class path and set of options, worked out once per JVM. */
    private static final class Plan {
        final String refusal;
        final Path dir;
        final String base;
        final Flavour flavour;
        final List<String> keyOptions;
        final String classPath;
        volatile Path archive;
        volatile boolean trainerStarted;

        Plan(String refusal) {
            this(refusal, null, null, null, List.of(), null);
        }

        Plan(String refusal, Path dir, String base, Flavour flavour, List<String> keyOptions, String classPath) {
            this.refusal = refusal;
            this.dir = dir;
            this.base = base;
            this.flavour = flavour;
            this.keyOptions = keyOptions;
            this.classPath = classPath;
        }

        List<String> options(Mode mode) {
            if (refusal != null) {
                explain(mode, "no class-data archive for child JVMs: ", refusal);
                return List.of();
            }
            Path known = archive;
            if (known != null && ArchiveFiles.hasRecordedSize(known)) {
                return flavour.useOptions(known);
            }
            Optional<Path> found = ArchiveFiles.findArchive(dir, base, flavour);
            if (found.isPresent()) {
                archive = found.get();
                return flavour.useOptions(found.get());
            }
            Path failed = dir.resolve(concat(base, ClassDataTrainer.FAILED_SUFFIX));
            if (Files.exists(failed)) {
                explain(mode, "no class-data archive for child JVMs: creating it failed before (", failed,
                        "; delete it to try again): ", ArchiveFiles.firstLine(failed));
                return List.of();
            }
            startTrainer(mode);
            return List.of();
        }

        private synchronized void startTrainer(Mode mode) {
            if (trainerStarted) {
                return;
            }
            trainerStarted = true;
            try {
                ClassDataTrainer.start(dir, base, flavour, keyOptions, classPath);
                explain(mode, "creating a class-data archive for child JVMs in ", dir,
                        " in the background; children use it once it is ready");
            } catch (IOException | RuntimeException e) {
                explain(mode, "no class-data archive for child JVMs: cannot start the JVM that creates it: ", e);
            }
        }
    }

    private static Plan plan(String classPath, List<String> jvmOptions) {
        for (String option : jvmOptions) {
            for (String choice : CDS_CHOICES) {
                if (option.startsWith(choice)) {
                    return new Plan(concat("the JVM options choose class-data sharing themselves (", option, ")"));
                }
            }
        }
        if (classPath.isEmpty()) {
            return new Plan("the class path is empty");
        }
        List<String> entryKeys = new ArrayList<>();
        String refusal = ArchiveClassPath.describe(classPath, entryKeys);
        if (refusal != null) {
            return new Plan(refusal);
        }
        Path dir;
        try {
            dir = RuntimeDirectories.classDataCache();
            Files.createDirectories(dir);
        } catch (IOException | RuntimeException e) {
            return new Plan(concat("the cache directory cannot be created: ", e));
        }
        if (!Files.isWritable(dir)) {
            return new Plan(concat("the cache directory ", dir, " is not writable"));
        }
        Flavour flavour = Flavour.current();
        List<String> keyOptions = keyOptions(jvmOptions);
        String base = baseName(classPath, entryKeys, keyOptions, flavour);
        return new Plan(null, dir, base, flavour, keyOptions, classPath);
    }

    /** The options that go into the key, and to the JVM that creates the archive. */
    static List<String> keyOptions(List<String> jvmOptions) {
        List<String> kept = new ArrayList<>();
        for (String option : jvmOptions) {
            boolean ignored = false;
            for (String prefix : KEY_IGNORED) {
                ignored |= option.startsWith(prefix);
            }
            if (!ignored) {
                kept.add(option);
            }
        }
        return kept;
    }

    /**
     * {@code cds-<hash of JDK and class path>-<hash of everything in the key>}: archives of one
     * class path share the first part, which is how pruning groups them.
     */
    static String baseName(String classPath, List<String> entryKeys, List<String> keyOptions, Flavour flavour) {
        String jdk = concat(System.getProperty("java.home"), "\n", System.getProperty("java.vm.version"), "\n",
                System.getProperty("java.runtime.version"), "\n", System.getProperty("os.arch"));
        String group = hash(concat(jdk, "\n", classPath));
        String key = hash(concat(FORMAT, "\n", flavour, "\n", jdk, "\n", String.join("\n", entryKeys),
                "\n--\n", String.join("\n", keyOptions)));
        return concat("cds-", group, "-", key);
    }

    /**
     * A 64-bit FNV-1a hash of {@code text}, in hex. Neither a cryptographic digest nor
     * {@code String.format}, on purpose: the first {@code MessageDigest} of a JVM loads the
     * security providers and the first {@code format} the regex engine, each some 20 ms on the
     * launch path; a collision would only hand a child an archive its JVM then refuses, silently.
     */
    static String hash(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        String hex = Long.toHexString(hash);
        return concat("0".repeat(16 - hex.length()), hex);
    }

    /**
     * The parts one after the other. The launch path builds its strings with this rather than
     * {@code +}, whose every call site bootstraps method handles the first time it runs: some
     * 15 ms, in all, of a young JVM's first {@code Process.start()}.
     */
    static String concat(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            text.append(part);
        }
        return text.toString();
    }

    /** Forgets what was worked out in this JVM, for tests that change the class path's files. */
    static void forgetPlans() {
        PLANS.clear();
        WARNED.clear();
    }
}
