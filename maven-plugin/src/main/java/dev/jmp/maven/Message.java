package dev.jmp.maven;

import dev.jmp.internal.TaskNames;

/**
 * Every message the plugin fails a build with, each under a stable code: {@code [jmp.<code>]
 * what is wrong; how to fix it}. Tests compare against these, never against copied text.
 */
enum Message {

    NOTHING_TO_RUN("run.nothing",
            "jmp:run has nothing to run; set -Djmp.mainClass=<class> or -Djmp.task=<Class.method>"),
    TWO_THINGS_TO_RUN("run.both", "jmp:run got both jmp.mainClass=%s and jmp.task=%s; set only one of them"
            + " (one named on the command line replaces those of the POM)"),
    NEGATIVE_TIMEOUT("run.timeout-negative", "jmp.timeout=%d is negative; give seconds, or 0 for no limit"),
    START_METHOD("run.start-method", "jmp.startMethod=%s is not a start method; use spawn, warm or cluster"),
    UNBALANCED_QUOTE("run.quote",
            "%s has an unclosed %s quote: %s; close it, or use the list form in the plugin's <configuration>"),
    NO_CLASSPATH("run.classpath", "cannot resolve the runtime class path of %s: %s; check the project's dependencies"),
    CANNOT_START("run.start", "cannot start %s: %s; set jmp.javaExecutable to a java launcher,"
            + " and jmp.workingDirectory to an existing directory"),
    CANNOT_PACK_CLASSES("run.classes-jar", "cannot pack %s into %s for jmp.classDataSharing: %s;"
            + " run without jmp.classDataSharing, or check that target/ is writable"),
    INTERRUPTED("run.interrupted", "jmp:run was interrupted while %s ran; it was destroyed with its child processes"),
    EXIT_CODE("run.exit", "%s exited with %s; its output is above"),
    TIMED_OUT("run.timeout", "%s timed out: it did not finish within jmp.timeout=%d s and was destroyed with %d"
            + " child process(es); raise jmp.timeout (0 means no limit) if it needs longer"),

    MEMBER_NO_CLUSTER("member.no-cluster", "jmp:member finds no cluster member on the class path of %s; add the"
            + " dependency %s (the same version as jmp-runtime) to the project and run mvn compile jmp:member again"),
    MEMBER_BAD_CLUSTER("member.bad-cluster", "jmp:member cannot read how to start a member from %s: %s; use the"
            + " jmp-maven-plugin of the same version as the project's jmp artifacts"),
    MEMBER_EXIT("member.exit", "the cluster member exited with %s; its output is above"),

    VERIFY_NOTHING("verify.nothing", "jmp:verify has no <scenarios> to run; declare them in the plugin's"
            + " <configuration>, or set jmp.verify.skip"),
    VERIFY_TARGET("verify.target", "scenario %s must name exactly one of <mainClass> and <task>; it names %s"),
    VERIFY_BAD_TIMEOUT("verify.timeout-invalid", "scenario %s has timeout %d; give a positive number of seconds"),
    VERIFY_BAD_PATTERN("verify.output-pattern", "scenario %s has an invalid <expectedOutput> pattern: %s;"
            + " write a Java regular expression"),
    VERIFY_EXIT("verify.exit", "scenario %s: %s exited with %s, expected code %d; see its output below"),
    VERIFY_OUTPUT("verify.output", "scenario %s: the output of %s has no match for <expectedOutput> %s;"
            + " fix the program or the pattern"),
    VERIFY_TIMEOUT("verify.timeout", "scenario %s: %s did not finish within %d s and was destroyed with its"
            + " processes; a thread dump of each is below. Find what it waits for, or raise <timeout>"),
    VERIFY_DEADLOCK("verify.deadlock", "scenario %s: %s deadlocked and was stopped; acquire the locks in one"
            + " order everywhere, or acquire with a timeout and back off"),
    VERIFY_LEAKED_PROCESS("verify.leaked-process", "scenario %s: %s exited but left %d process(es) running: %s;"
            + " join or terminate every process it starts before it exits"),
    VERIFY_LEAKED_SEGMENT("verify.leaked-segment", "scenario %s: %s left %d shared-memory segment(s) behind: %s;"
            + " close every shared object (try-with-resources) before the program exits"),
    VERIFY_FAILED("verify.failed", "%d of %d scenario(s) failed verification: %s; the reports are above"),

    NO_INDEX("task.no-index", "jmp.task=%s needs the task index " + TaskNames.INDEX_RESOURCE
            + ", but no class path entry of %s has one, so the jmp processor has not run; add"
            + " dev.jmp:jmp-processor to the <annotationProcessorPaths> of maven-compiler-plugin and run"
            + " mvn compile jmp:run again"),
    BAD_INDEX("task.bad-index", "cannot read the task index in %s: %s; run mvn clean compile to write it again"),
    UNKNOWN_TASK("task.unknown", "no @ProcessTask matches jmp.task=%s; the known tasks are: %s"),
    AMBIGUOUS_TASK("task.ambiguous",
            "jmp.task=%s matches %d tasks: %s; give the class with its package, e.g. -Djmp.task=%s");

    private final String code;
    private final String template;

    Message(String code, String template) {
        this.code = code;
        this.template = template;
    }

    /** {@code jmp.run.exit}: what a test or a user searches for. */
    String code() {
        return "jmp." + code;
    }

    String format(Object... args) {
        return "[" + code() + "] " + String.format(template, args);
    }
}
