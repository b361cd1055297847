package dev.jmp.manager.wire;

/** The one-byte tags of {@link ValueCodec}: what kind of value follows. */
final class Tag {

    static final byte NULL = 0;
    static final byte STRING = 1;
    static final byte INT = 2;
    static final byte LONG = 3;
    static final byte DOUBLE = 4;
    static final byte BOOLEAN = 5;
    static final byte BYTE = 6;
    static final byte SHORT = 7;
    static final byte CHAR = 8;
    static final byte FLOAT = 9;
    static final byte BYTES = 10;
    static final byte INTS = 11;
    static final byte LONGS = 12;
    static final byte DOUBLES = 13;
    static final byte ENUM = 14;
    static final byte RECORD = 15;
    static final byte LIST = 16;
    static final byte SET = 17;
    static final byte MAP = 18;
    static final byte HANDLE = 19;
    static final byte SERIALIZED = 20;
    /** A handle whose writer took a reference on the reader's behalf, which the reader now owns. */
    static final byte COUNTED_HANDLE = 21;
    /** One of the everyday value types, its {@code ValueType} code next. */
    static final byte VALUE = 22;
    static final byte OPTIONAL = 23;

    private Tag() {}
}
