package dev.jmp.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the generated codecs: every value goes through {@code encodeArguments}, {@code invoke}
 * (decode, call the task, encode its result) and {@code decodeResult}, and must come back equal.
 */
class RoundTripTest {

    private static LoadedFixtures fixtures;

    @BeforeAll
    static void compile() {
        fixtures = LoadedFixtures.compileGood();
    }

    private static Object roundTrip(String entry, Object... arguments) throws Throwable {
        return fixtures.roundTrip(entry, arguments);
    }

    @Test
    void primitivesKeepTheirValuesAndOrder() throws Throwable {
        assertThat(roundTrip("Shapes_primitives_Entry", true, (byte) -1, (short) 300, 'é', -7, Long.MAX_VALUE, 1.5f, -0.25))
                .isEqualTo("true -1 300 é -7 9223372036854775807 1.5 -0.25");
    }

    @Test
    void boxesMayBeNull() throws Throwable {
        assertThat(roundTrip("Shapes_boxes_Entry", null, (byte) 1, null, 'x', null, 2L, null, 3.0))
                .isEqualTo("null 1 null x null 2 null 3.0");
        assertThat(roundTrip("Shapes_boxed_Entry", 5)).isEqualTo(5);
        assertThat(roundTrip("Shapes_boxed_Entry", (Object) null)).isNull();
    }

    @Test
    void stringsIncludingEmptyUnicodeAndNull() throws Throwable {
        for (String s : Arrays.asList("", "héllo ✓ 日本", null)) {
            assertThat(roundTrip("Shapes_text_Entry", s)).isEqualTo(s);
        }
    }

    @Test
    void enums() throws Throwable {
        assertThat(roundTrip("Shapes_color_Entry", fixtures.color("BLUE"))).isEqualTo(fixtures.color("BLUE"));
        assertThat(roundTrip("Shapes_color_Entry", (Object) null)).isNull();
    }

    @Test
    void recordsNestedGenericAndNull() throws Throwable {
        Object point = fixtures.record("Point", 1, -2);
        assertThat(roundTrip("Shapes_point_Entry", point)).isEqualTo(point);
        assertThat(roundTrip("Shapes_point_Entry", (Object) null)).isNull();

        Object line = fixtures.record("Line", fixtures.record("Point", 0, 0), null, null, fixtures.color("GREEN"));
        assertThat(roundTrip("Shapes_line_Entry", line)).isEqualTo(line);

        Object pair = fixtures.record("Pair", "p", Arrays.asList(point, null));
        assertThat(roundTrip("Shapes_pair_Entry", pair)).isEqualTo(pair);
    }

    @Test
    void everydayValueTypesCrossNativelyInRecordsCollectionsAndOptionals() throws Throwable {
        Object invoice = fixtures.record("Invoice", 7L, new BigDecimal("1234.50"), LocalDate.of(2026, 12, 31));
        assertThat(roundTrip("Billing_invoice_Entry", invoice)).isEqualTo(invoice);
        Object back = roundTrip("Billing_invoice_Entry", invoice);
        assertThat(back.toString()).contains("amount=1234.50"); // the scale survives

        List<Optional<Instant>> instants = Arrays.asList(Optional.of(Instant.ofEpochSecond(-1, 999_999_999)),
                Optional.empty(), null);
        assertThat(roundTrip("Billing_instants_Entry", instants)).isEqualTo(instants);

        Map<UUID, ZonedDateTime> zoned = new LinkedHashMap<>();
        // the later of the two 02:30s when Paris sets its clocks back: the offset tells them apart
        zoned.put(new UUID(1, 2), ZonedDateTime.of(LocalDateTime.of(2026, 10, 25, 2, 30), ZoneId.of("Europe/Paris"))
                .withLaterOffsetAtOverlap());
        zoned.put(UUID.randomUUID(), null);
        Object zonedBack = roundTrip("Billing_zoned_Entry", zoned);
        assertThat(zonedBack).isEqualTo(zoned);

        assertThat(roundTrip("Billing_scalars_Entry", Duration.ofMillis(-1500), new BigInteger("-123456789012345678901234567890"),
                Optional.of("n"))).isEqualTo("PT-1.5S -123456789012345678901234567890 Optional[n]");
        assertThat(roundTrip("Billing_scalars_Entry", null, null, Optional.empty())).isEqualTo("null null Optional.empty");
    }

    @Test
    void recordOfCollections() throws Throwable {
        Map<String, Set<Object>> tags = new LinkedHashMap<>();
        tags.put("warm", new LinkedHashSet<>(List.of(fixtures.color("RED"), fixtures.color("GREEN"))));
        tags.put("none", null);
        tags.put(null, new LinkedHashSet<>());
        Object catalog = fixtures.record("Catalog", "c", Arrays.asList(fixtures.record("Point", 3, 4), null), tags, null);
        assertThat(roundTrip("Shapes_catalog_Entry", catalog)).isEqualTo(catalog);
    }

    @Test
    void primitiveArrays() throws Throwable {
        assertArrayEquals(new int[] {1, -1, Integer.MIN_VALUE}, (int[]) roundTrip("Shapes_ints_Entry", (Object) new int[] {1, -1, Integer.MIN_VALUE}));
        assertArrayEquals(new int[0], (int[]) roundTrip("Shapes_ints_Entry", (Object) new int[0]));
        assertThat(roundTrip("Shapes_ints_Entry", (Object) null)).isNull();
        assertArrayEquals(new byte[] {0, -128, 127}, (byte[]) roundTrip("Shapes_bytes_Entry", (Object) new byte[] {0, -128, 127}));
        assertThat(roundTrip("Shapes_bytes_Entry", (Object) null)).isNull();
        assertArrayEquals(new boolean[] {true, false}, (boolean[]) roundTrip("Shapes_flags_Entry", (Object) new boolean[] {true, false}));
        assertArrayEquals(new char[] {'a', '\u20ac'}, (char[]) roundTrip("Shapes_chars_Entry", (Object) new char[] {'a', '\u20ac'}));
        double[] doubles = {Double.NaN, -0.0, Double.MIN_VALUE};
        assertArrayEquals(doubles, (double[]) roundTrip("Shapes_doubles_Entry", (Object) doubles));
    }

    @Test
    void objectAndNestedArrays() throws Throwable {
        String[] strings = {"a", null, ""};
        assertArrayEquals(strings, (String[]) roundTrip("Shapes_strings_Entry", (Object) strings));
        int[][] grid = {{1, 2}, {}, null, {3}};
        assertThat(Arrays.deepEquals(grid, (int[][]) roundTrip("Shapes_grid_Entry", (Object) grid))).isTrue();
        Object points = java.lang.reflect.Array.newInstance(fixtures.load("com.example.Point"), 2);
        java.lang.reflect.Array.set(points, 0, fixtures.record("Point", 5, 6));
        assertThat(Arrays.asList((Object[]) roundTrip("Shapes_points_Entry", points)))
                .containsExactly(fixtures.record("Point", 5, 6), null).inOrder();
        @SuppressWarnings("unchecked")
        List<String>[] lists = new List[] {Arrays.asList("a", null), null};
        assertThat(Arrays.asList((Object[]) roundTrip("Shapes_listArray_Entry", (Object) lists)))
                .containsExactly(Arrays.asList("a", null), null).inOrder();
    }

    @Test
    void collectionsKeepOrderAndNullsAndDecodeAsTheDocumentedClasses() throws Throwable {
        Object list = roundTrip("Shapes_list_Entry", Arrays.asList("b", null, "a"));
        assertThat(list).isEqualTo(Arrays.asList("b", null, "a"));
        assertThat(list).isInstanceOf(ArrayList.class);

        Set<Object> colors = new LinkedHashSet<>(Arrays.asList(fixtures.color("BLUE"), null, fixtures.color("RED")));
        Object set = roundTrip("Shapes_set_Entry", colors);
        assertThat((Set<?>) set).containsExactlyElementsIn(colors).inOrder();
        assertThat(set).isInstanceOf(LinkedHashSet.class);

        Map<String, List<Object>> map = new LinkedHashMap<>();
        map.put("k", List.of(fixtures.record("Point", 1, 1)));
        map.put("empty", List.of());
        map.put("none", null);
        map.put(null, Arrays.asList((Object) null));
        Object decoded = roundTrip("Shapes_map_Entry", map);
        assertThat((Map<?, ?>) decoded).containsExactlyEntriesIn(map).inOrder();
        assertThat(decoded).isInstanceOf(LinkedHashMap.class);

        List<List<Integer>> nested = Arrays.asList(Arrays.asList(1, null), null, List.of());
        assertThat(roundTrip("Shapes_nested_Entry", nested)).isEqualTo(nested);
        assertThat(roundTrip("Shapes_list_Entry", (Object) null)).isNull();
    }

    @Test
    void mapsOfMapsOfArrays() throws Throwable {
        Map<Object, Map<String, int[]>> map = new LinkedHashMap<>();
        map.put(fixtures.color("RED"), Map.of("a", new int[] {1, 2}));
        map.put(null, null);
        Map<?, ?> decoded = (Map<?, ?>) roundTrip("Shapes_nestedMap_Entry", map);
        assertThat(decoded.keySet()).containsExactly(fixtures.color("RED"), null).inOrder();
        assertArrayEquals(new int[] {1, 2}, (int[]) ((Map<?, ?>) decoded.get(fixtures.color("RED"))).get("a"));
        assertThat(decoded.get(null)).isNull();
    }

    @Test
    void serializedFallbackAloneAndInsideCollections() throws Throwable {
        Object money = fixtures.money(1250, "EUR");
        assertThat(roundTrip("Shapes_money_Entry", money)).isEqualTo(money);
        assertThat(roundTrip("Shapes_money_Entry", (Object) null)).isNull();
        List<Object> wallet = Arrays.asList(money, null);
        assertThat(roundTrip("Shapes_wallet_Entry", wallet)).isEqualTo(wallet);
        ArrayList<Object> bag = new ArrayList<>(Arrays.asList(1, "x", null));
        assertThat(roundTrip("Shapes_bag_Entry", bag)).isEqualTo(bag);
        assertThat(roundTrip("Shapes_anything_Entry", "jdk values pass the filter")).isEqualTo("jdk values pass the filter");
        assertThat(roundTrip("Shapes_anythingAllowed_Entry", money)).isEqualTo("1250 EUR");
    }

    @Test
    void noArgumentsVarargsRenamedOverloadsNestedOwnerAndInterface() throws Throwable {
        assertThat(roundTrip("Shapes_answer_Entry")).isEqualTo(42L);
        assertThat(roundTrip("Shapes_count_Entry", (Object) new String[] {"a", "b"})).isEqualTo(2);
        assertThat(roundTrip("Shapes_sumInts_Entry", (Object) new int[] {1, 2, 3})).isEqualTo(6L);
        assertThat(roundTrip("Shapes_sumLongs_Entry", (Object) new long[] {Long.MAX_VALUE, 0})).isEqualTo(Long.MAX_VALUE);
        assertThat(roundTrip("Outer_Inner_hello_Entry", "Bob", 2)).isEqualTo("hello Bob hello Bob");
        assertThat(roundTrip("Tools_twice_Entry", 21)).isEqualTo(42);
        assertThat(roundTrip("Greeter_greet_Entry", "Alice")).isNull();
    }

    @Test
    void parametersNamedLikeGeneratedLocals() throws Throwable {
        assertThat(roundTrip("Shapes_locals_Entry", "i", "o", List.of("a"), 3, fixtures.record("Point", 1, 2)))
                .isEqualTo(List.of("i", "o", "3", "Point[x=1, y=2]", "a"));
    }
}
