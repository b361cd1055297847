package bad;

import dev.jmp.ProcessTask;

public class Bad {
    @ProcessTask
    public static int area(int side) {
        return side * side;
    }

    @ProcessTask
    public static int area(int width, int height) {
        return width * height;
    }
}
