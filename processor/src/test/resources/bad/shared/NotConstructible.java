package com.example.shared;

import dev.jmp.manager.Shared;

public class NotConstructible {

    public abstract static class Abstract {
        @Shared
        public int x() {
            return 0;
        }
    }

    public static class NoPublicConstructor {
        private NoPublicConstructor() {
        }

        @Shared
        public int x() {
            return 0;
        }
    }

    public class Inner {
        @Shared
        public int x() {
            return 0;
        }
    }

    public interface Api {
        @Shared
        int x();
    }
}
