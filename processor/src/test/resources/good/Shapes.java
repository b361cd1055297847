package com.example;

import dev.jmp.JavaSerialized;
import dev.jmp.ProcessTask;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One task per shape of type the generated codecs cover; most return what they get. */
public class Shapes {

    @ProcessTask
    public static String primitives(boolean z, byte b, short s, char c, int i, long l, float f, double d) {
        return z + " " + b + " " + s + " " + c + " " + i + " " + l + " " + f + " " + d;
    }

    @ProcessTask
    public static String boxes(Boolean z, Byte b, Short s, Character c, Integer i, Long l, Float f, Double d) {
        return z + " " + b + " " + s + " " + c + " " + i + " " + l + " " + f + " " + d;
    }

    @ProcessTask
    public static Integer boxed(Integer i) {
        return i;
    }

    @ProcessTask
    public static String text(String s) {
        return s;
    }

    @ProcessTask
    public static Color color(Color c) {
        return c;
    }

    @ProcessTask
    public static Point point(Point p) {
        return p;
    }

    @ProcessTask
    public static Line line(Line l) {
        return l;
    }

    @ProcessTask
    public static Pair<String, List<Point>> pair(Pair<String, List<Point>> p) {
        return p;
    }

    @ProcessTask
    public static Catalog catalog(Catalog c) {
        return c;
    }

    @ProcessTask
    public static int[] ints(int[] a) {
        return a;
    }

    @ProcessTask
    public static byte[] bytes(byte[] a) {
        return a;
    }

    @ProcessTask
    public static boolean[] flags(boolean[] a) {
        return a;
    }

    @ProcessTask
    public static char[] chars(char[] a) {
        return a;
    }

    @ProcessTask
    public static double[] doubles(double[] a) {
        return a;
    }

    @ProcessTask
    public static String[] strings(String[] a) {
        return a;
    }

    @ProcessTask
    public static int[][] grid(int[][] a) {
        return a;
    }

    @ProcessTask
    public static Point[] points(Point[] a) {
        return a;
    }

    @ProcessTask
    public static List<String>[] listArray(List<String>[] a) {
        return a;
    }

    @ProcessTask
    public static List<String> list(List<String> a) {
        return a;
    }

    @ProcessTask
    public static Set<Color> set(Set<Color> a) {
        return a;
    }

    @ProcessTask
    public static Map<String, List<Point>> map(Map<String, List<Point>> a) {
        return a;
    }

    @ProcessTask
    public static List<List<Integer>> nested(List<List<Integer>> a) {
        return a;
    }

    @ProcessTask
    public static Map<Color, Map<String, int[]>> nestedMap(Map<Color, Map<String, int[]>> a) {
        return a;
    }

    @ProcessTask
    @JavaSerialized
    public static Money money(@JavaSerialized Money m) {
        return m;
    }

    @ProcessTask
    @JavaSerialized
    public static List<Money> wallet(@JavaSerialized List<Money> a) {
        return a;
    }

    @ProcessTask
    @JavaSerialized
    public static ArrayList<Object> bag(@JavaSerialized ArrayList<Object> a) {
        return a;
    }

    @ProcessTask
    public static String anything(@JavaSerialized Serializable value) {
        return String.valueOf(value);
    }

    @ProcessTask
    public static String anythingAllowed(@JavaSerialized(allow = "com.example.Money") Serializable value) {
        return String.valueOf(value);
    }

    @ProcessTask
    public static int[] range(int n) {
        int[] range = new int[n];
        for (int i = 0; i < n; i++) {
            range[i] = i;
        }
        return range;
    }

    @ProcessTask
    public static long answer() {
        return 42;
    }

    @ProcessTask
    public static int count(String... values) {
        return values.length;
    }

    @ProcessTask(name = "sumInts")
    public static long sum(int[] values) {
        long sum = 0;
        for (int v : values) {
            sum += v;
        }
        return sum;
    }

    @ProcessTask(name = "sumLongs")
    public static long sum(long[] values) {
        long sum = 0;
        for (long v : values) {
            sum += v;
        }
        return sum;
    }

    /** Parameters named like the locals of generated code. */
    @ProcessTask
    public static List<String> locals(String in, String out, List<String> arguments, int result, Point value) {
        List<String> all = new ArrayList<>(List.of(in, out, String.valueOf(result), String.valueOf(value)));
        all.addAll(arguments);
        return all;
    }

    @ProcessTask
    public static String fail(String message) throws IOException {
        throw new IOException(message);
    }
}
