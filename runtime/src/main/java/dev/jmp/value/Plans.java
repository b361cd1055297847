package dev.jmp.value;

import dev.jmp.internal.Kind;
import dev.jmp.internal.ValueType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plans of declared types, as the table of {@link Kind} says: strings, boxes and primitive
 * arrays, the everyday value types, enums, records whose every component has a plan, and
 * {@code List}, {@code Set}, {@code Map} and {@code Optional} of those. Every reference inside a
 * collection or record may be null (a presence flag precedes it).
 */
public final class Plans {

    private Plans() {}

    /** The plan of {@code type}, or null when the table has none (a record of other things, an interface). */
    public static Plan of(Type type) {
        return of(type, new ArrayList<>());
    }

    /** {@code plan}, taking null as well. */
    public static Plan nullable(Plan plan) {
        return new Nullable(plan);
    }

    /** Lists of elements of {@code elements}, which takes null; the lists that arrive are unmodifiable. */
    public static Plan listOf(Plan elements) {
        return new SequencePlan(false, elements, true);
    }

    /** {@code Optional}s of {@code values}, which takes null (an empty one). */
    public static Plan optionalOf(Plan values) {
        return new OptionalPlan(values);
    }

    /** Java serialization of {@code type}, read through a filter of {@code type}, JDK values and {@code allow}. */
    public static Plan serialized(Class<?> type, String... allow) {
        return new SerializedPlan(type, allow);
    }

    private static Plan of(Type type, List<Class<?>> openRecords) {
        if (type instanceof Class<?> c) {
            return ofClass(c, openRecords);
        }
        if (!(type instanceof ParameterizedType p) || !(p.getRawType() instanceof Class<?> raw)) {
            return null;
        }
        Type[] arguments = p.getActualTypeArguments();
        Plan[] plans = new Plan[arguments.length];
        for (int i = 0; i < plans.length; i++) {
            plans[i] = of(arguments[i], openRecords);
            if (plans[i] == null) {
                return null;
            }
            plans[i] = nullable(plans[i]);
        }
        if (raw == List.class || raw == Set.class) {
            return new SequencePlan(raw == Set.class, plans[0], true);
        }
        if (raw == Map.class) {
            return new MapPlan(plans[0], plans[1], true);
        }
        return raw == Optional.class ? new OptionalPlan(plans[0]) : null;
    }

    @SuppressWarnings("unchecked")
    private static Plan ofClass(Class<?> type, List<Class<?>> openRecords) {
        Kind single = Kind.single(type);
        if (single != null) {
            return SinglePlan.of(single);
        }
        ValueType value = ValueType.of(type);
        if (value != null) {
            return new ValuePlan(value);
        }
        if (type.isEnum()) {
            return new EnumPlan((Class<? extends Enum<?>>) type);
        }
        if (!type.isRecord() || openRecords.contains(type)) {
            return null; // a record that contains itself has no plan: its values could nest without end
        }
        RecordShape shape = RecordShape.of(type);
        if (!shape.reachable()) {
            return null;
        }
        openRecords.add(type);
        try {
            RecordComponent[] components = shape.components();
            Plan[] plans = new Plan[components.length];
            for (int i = 0; i < plans.length; i++) {
                plans[i] = of(components[i].getGenericType(), openRecords);
                if (plans[i] == null) {
                    return null;
                }
                if (!components[i].getType().isPrimitive()) {
                    plans[i] = nullable(plans[i]);
                }
            }
            return new RecordPlan(shape, plans);
        } finally {
            openRecords.remove(openRecords.size() - 1);
        }
    }
}
