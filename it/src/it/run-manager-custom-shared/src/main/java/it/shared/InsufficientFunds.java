package it.shared;

/** Thrown in the manager's server, rethrown as itself in the caller. */
public class InsufficientFunds extends Exception {

    private static final long serialVersionUID = 1L;

    public InsufficientFunds(String message) {
        super(message);
    }
}
