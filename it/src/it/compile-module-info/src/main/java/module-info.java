/** A user's module: the runtime is the automatic module dev.jmp. */
module com.example.modular {
    requires dev.jmp;
}
