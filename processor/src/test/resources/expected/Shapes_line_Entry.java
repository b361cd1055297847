package com.example.jmp_generated;

import com.example.Color;
import com.example.Line;
import com.example.Point;
import com.example.Shapes;
import com.example.ShapesTasks;
import dev.jmp.internal.ChunkEntry;
import dev.jmp.internal.ChunkRun;
import dev.jmp.internal.TaskEntry;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.internal.task.ArgumentChunk;
import java.lang.Override;
import java.lang.String;
import java.lang.Throwable;
import java.lang.UnsupportedOperationException;
import javax.annotation.processing.Generated;

/**
 * Runs {@link Shapes#line(Line)} in a child JVM, which loads this class by name.
 */
@Generated("dev.jmp.processor.JmpProcessor")
public final class Shapes_line_Entry implements TaskEntry, ChunkEntry {
    /**
     * Used by the child JVM; tasks are made by {@link ShapesTasks}.
     */
    public Shapes_line_Entry() {
    }

    /**
     * Encodes the arguments of one call, as {@link #invoke} decodes them.
     */
    public static byte[] encodeArguments(Line l) {
        WireOutput out = new WireOutput();
        if (out.writePresence(l)) {
            Point lFrom = l.from();
            if (out.writePresence(lFrom)) {
                out.writeInt(lFrom.x());
                out.writeInt(lFrom.y());
            }
            Point lTo = l.to();
            if (out.writePresence(lTo)) {
                out.writeInt(lTo.x());
                out.writeInt(lTo.y());
            }
            String lLabel = l.label();
            if (out.writePresence(lLabel)) {
                out.writeString(lLabel);
            }
            Color lColor = l.color();
            if (out.writePresence(lColor)) {
                out.writeInt(lColor.ordinal());
            }
        }
        return out.toByteArray();
    }

    /**
     * Writes the arguments of one call into the chunk of a map, as {@link #runChunk} reads them.
     */
    public static void writeArguments(ArgumentChunk chunk, Line l) {
        WireOutput out = chunk.out();
        if (chunk.memo(l)) {
            if (out.writePresence(l)) {
                Point lFrom = l.from();
                if (out.writePresence(lFrom)) {
                    out.writeInt(lFrom.x());
                    out.writeInt(lFrom.y());
                }
                Point lTo = l.to();
                if (out.writePresence(lTo)) {
                    out.writeInt(lTo.x());
                    out.writeInt(lTo.y());
                }
                String lLabel = l.label();
                if (out.writePresence(lLabel)) {
                    out.writeString(lLabel);
                }
                Color lColor = l.color();
                if (out.writePresence(lColor)) {
                    out.writeInt(lColor.ordinal());
                }
            }
        }
    }

    @Override
    public byte[] invoke(byte[] arguments) {
        WireInput in = new WireInput(arguments);
        Line l = null;
        if (in.readPresence()) {
            Point lFrom = null;
            if (in.readPresence()) {
                int lFromX = in.readInt();
                int lFromY = in.readInt();
                lFrom = new Point(lFromX, lFromY);
            }
            Point lTo = null;
            if (in.readPresence()) {
                int lToX = in.readInt();
                int lToY = in.readInt();
                lTo = new Point(lToX, lToY);
            }
            String lLabel = in.readPresence() ? in.readString() : null;
            Color lColor = in.readPresence() ? in.readEnum(Color.values()) : null;
            l = new Line(lFrom, lTo, lLabel, lColor);
        }
        in.expectEnd();
        Line result = Shapes.line(l);
        WireOutput out = new WireOutput();
        if (out.writePresence(result)) {
            Point resultFrom = result.from();
            if (out.writePresence(resultFrom)) {
                out.writeInt(resultFrom.x());
                out.writeInt(resultFrom.y());
            }
            Point resultTo = result.to();
            if (out.writePresence(resultTo)) {
                out.writeInt(resultTo.x());
                out.writeInt(resultTo.y());
            }
            String resultLabel = result.label();
            if (out.writePresence(resultLabel)) {
                out.writeString(resultLabel);
            }
            Color resultColor = result.color();
            if (out.writePresence(resultColor)) {
                out.writeInt(resultColor.ordinal());
            }
        }
        return out.toByteArray();
    }

    @Override
    public void runChunk(ChunkRun run) {
        WireInput in = run.arguments();
        for (int i = 0, n = run.count(); i < n; i++) {
            boolean runs = run.next(i);
            try {
                Line l;
                int lReference = in.readInt();
                if (lReference < 0) {
                    Line l_ = null;
                    if (in.readPresence()) {
                        Point l_From = null;
                        if (in.readPresence()) {
                            int l_FromX = in.readInt();
                            int l_FromY = in.readInt();
                            l_From = new Point(l_FromX, l_FromY);
                        }
                        Point l_To = null;
                        if (in.readPresence()) {
                            int l_ToX = in.readInt();
                            int l_ToY = in.readInt();
                            l_To = new Point(l_ToX, l_ToY);
                        }
                        String l_Label = in.readPresence() ? in.readString() : null;
                        Color l_Color = in.readPresence() ? in.readEnum(Color.values()) : null;
                        l_ = new Line(l_From, l_To, l_Label, l_Color);
                    }
                    l = run.remember(l_);
                } else {
                    l = run.recall(lReference);
                }
                if (runs) {
                    Line result = Shapes.line(l);
                    WireOutput out = run.result();
                    if (out.writePresence(result)) {
                        Point resultFrom = result.from();
                        if (out.writePresence(resultFrom)) {
                            out.writeInt(resultFrom.x());
                            out.writeInt(resultFrom.y());
                        }
                        Point resultTo = result.to();
                        if (out.writePresence(resultTo)) {
                            out.writeInt(resultTo.x());
                            out.writeInt(resultTo.y());
                        }
                        String resultLabel = result.label();
                        if (out.writePresence(resultLabel)) {
                            out.writeString(resultLabel);
                        }
                        Color resultColor = result.color();
                        if (out.writePresence(resultColor)) {
                            out.writeInt(resultColor.ordinal());
                        }
                    }
                }
                run.done(i);
            } catch (Throwable thrown) {
                run.failed(i, thrown);
            }
        }
    }

    /**
     * Decodes what {@link #invoke} returned: the result decoder of the tasks {@link ShapesTasks} makes.
     */
    public static Line decodeResult(byte[] result) {
        return decodeResult(result, 0, result.length);
    }

    /**
     * Decodes one result where it lies among others: how a map decodes the results of a chunk.
     */
    public static Line decodeResult(byte[] result, int offset, int length) {
        WireInput in = new WireInput(result, offset, length);
        Line value = null;
        if (in.readPresence()) {
            Point valueFrom = null;
            if (in.readPresence()) {
                int valueFromX = in.readInt();
                int valueFromY = in.readInt();
                valueFrom = new Point(valueFromX, valueFromY);
            }
            Point valueTo = null;
            if (in.readPresence()) {
                int valueToX = in.readInt();
                int valueToY = in.readInt();
                valueTo = new Point(valueToX, valueToY);
            }
            String valueLabel = in.readPresence() ? in.readString() : null;
            Color valueColor = in.readPresence() ? in.readEnum(Color.values()) : null;
            value = new Line(valueFrom, valueTo, valueLabel, valueColor);
        }
        in.expectEnd();
        return value;
    }

    /**
     * Runs the task in this JVM, its arguments given as strings, and prints its result.
     */
    public static void main(String[] args) {
        throw new UnsupportedOperationException("[jmp.args] Shapes.line cannot run from the command line: parameter l (com.example.Line) cannot be given as a string; start it from Java with ShapesTasks.line(...) instead");
    }
}
