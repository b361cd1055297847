/**
 * The class-data archive of child JVMs ({@link dev.jmp.launch.cds.ClassDataArchive}): chosen per
 * class path and options, made once in the background by a JVM of its own
 * ({@link dev.jmp.launch.cds.ClassDataTrainer}) that runs a child's start without a parent
 * ({@link dev.jmp.launch.cds.ClassDataExercise}), kept and pruned in a cache directory
 * ({@code ArchiveFiles}, {@code ArchiveClassPath}). The parent's side asks it for the options of
 * each child it starts.
 *
 * <p>Not user API: public for the parent's side and for the trainer's own JVM; the module does not
 * export the package.
 */
package dev.jmp.launch.cds;
