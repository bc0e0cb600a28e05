package org.threatmesh.model.attr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Reading an attribute by its name's rank answers exactly what scanning the names did. */
class AttributeSlotsTest {

    private static final List<AttributeKey<?>> KEYS = AttributeCatalog.all();

    /** What a read must answer: the value stored under the key's name, or unknown. */
    private static Fact<?> expected(TreeMap<String, Object> values, AttributeKey<?> key) {
        Object value = values.get(key.name());
        return value == null ? Fact.unknown() : Fact.known(value);
    }

    @Test
    void everyKeyReadsItsOwnValueForRandomSubsetsOfTheCatalog() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            TreeMap<String, Object> values = new TreeMap<>();
            for (AttributeKey<?> key : KEYS) {
                if (random.nextInt(3) == 0) {
                    values.put(key.name(), "v" + random.nextInt(1000));
                }
            }
            if (random.nextBoolean()) {
                // Names outside the catalog are kept and numbered too; no key reads them by accident.
                values.put("notInCatalog" + random.nextInt(5), "x");
            }
            Attributes attributes = Attributes.ofChecked(values);
            for (AttributeKey<?> key : KEYS) {
                assertThat((Object) attributes.get(key)).as(key.name()).isEqualTo(expected(values, key));
            }
        }
    }

    @Test
    void aKeyBuiltAfterTheAttributesStillFindsItsName() {
        TreeMap<String, Object> values = new TreeMap<>();
        values.put("laterDeclaredName", "yes");
        values.put(EdgeAttributes.TLS.name(), TlsMode.MTLS);
        Attributes attributes = Attributes.ofChecked(values);
        assertThat((Object) attributes.get(EdgeAttributes.TLS)).isEqualTo(Fact.known(TlsMode.MTLS));
        AttributeKey<String> later = AttributeKey.ofText("laterDeclaredName", Applies.edges(), "Test", "test only");
        assertThat((Object) attributes.get(later)).isEqualTo(Fact.known("yes"));
    }

    @Test
    void setsHoldingNamesOutsideTheCatalogAreScanned() {
        TreeMap<String, Object> values = new TreeMap<>();
        for (int i = 0; i < 300; i++) {
            values.put("bulk" + i, i);
        }
        values.put(EdgeAttributes.TLS.name(), TlsMode.NONE);
        Attributes attributes = Attributes.ofChecked(values);
        assertThat((Object) attributes.get(EdgeAttributes.TLS)).isEqualTo(Fact.known(TlsMode.NONE));
        assertThat(attributes.get(EdgeAttributes.TIMEOUT).isUnknown()).isTrue();
    }

    @Test
    void distinctNamesHaveDistinctSlotsAndRanksInNameOrderThatTheSetsCanHold() {
        List<Integer> slots = new ArrayList<>();
        for (AttributeKey<?> key : KEYS) {
            slots.add(key.slot());
        }
        // Keys declared under one name for several element types share a slot; distinct names never do.
        List<String> names = KEYS.stream().map(AttributeKey::name).distinct().sorted().toList();
        assertThat(slots.stream().distinct().count()).isEqualTo(names.size());
        for (AttributeKey<?> key : KEYS) {
            assertThat(AttributeCatalog.rankOfSlot(key.slot())).as(key.name()).isEqualTo(names.indexOf(key.name()));
        }
        // Past the capacity, sets holding the highest-ranked names would fall back to scanning: grow the fields.
        assertThat(AttributeCatalog.distinctNames()).isEqualTo(names.size()).isLessThanOrEqualTo(
                Attributes.RANK_CAPACITY);
        assertThat(AttributeCatalog.rankOf("notInCatalog")).isEqualTo(-1);
    }
}
