/** A user's module: it reads the runtime's module dev.jmp, whose exports its generated code calls. */
module com.example.modular {
    requires dev.jmp;
}
