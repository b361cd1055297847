package dev.jmp.processor.validate;

import static com.google.common.truth.Truth.assertThat;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TaskNameRulesTest {

    @Test
    void identifiersAreValidNames() {
        for (String name : List.of("greet", "_x", "$y", "greet2", "sumInts", "Ünïcode")) {
            assertThat(TaskNameRules.whyInvalid(name, List.of())).isEmpty();
        }
    }

    @Test
    void nonIdentifiersAndKeywordsAreNot() {
        assertThat(TaskNameRules.whyInvalid("2fast", List.of())).hasValue("is not a valid Java identifier");
        assertThat(TaskNameRules.whyInvalid("not valid", List.of())).hasValue("is not a valid Java identifier");
        assertThat(TaskNameRules.whyInvalid("a.b", List.of())).hasValue("is not a valid Java identifier");
        assertThat(TaskNameRules.whyInvalid("", List.of())).hasValue("is not a valid Java identifier");
        assertThat(TaskNameRules.whyInvalid("class", List.of())).hasValue("is a Java keyword");
        assertThat(TaskNameRules.whyInvalid("_", List.of())).hasValue("is a Java keyword");
        assertThat(TaskNameRules.whyInvalid("record", List.of())).isEmpty();
    }

    @Test
    void namesClashWithObjectMethodsOnlyWithTheSameParameters() {
        assertThat(TaskNameRules.whyInvalid("hashCode", List.of())).isPresent();
        assertThat(TaskNameRules.whyInvalid("hashCode", List.of(TypeName.INT))).isEmpty();
        assertThat(TaskNameRules.whyInvalid("wait", List.of(TypeName.LONG))).hasValue(
                "would make the factory declare wait(long), which java.lang.Object already declares");
        assertThat(TaskNameRules.whyInvalid("wait", List.of(TypeName.LONG, TypeName.INT))).isPresent();
        assertThat(TaskNameRules.whyInvalid("wait", List.of(ClassName.get(String.class)))).isEmpty();
        assertThat(TaskNameRules.whyInvalid("equals", List.of(ClassName.OBJECT))).isPresent();
        assertThat(TaskNameRules.whyInvalid("toString", List.of(ArrayTypeName.of(TypeName.INT)))).isEmpty();
    }

    @Test
    void collisionsGroupTasksThatShareAName() {
        Map<String, List<String>> collisions = TaskNameRules.collisions(
                List.of("greet:String", "square:int", "greet:int", "wave:", "greet:long"), task -> task.split(":")[0]);
        assertThat(collisions).containsExactly("greet", List.of("greet:String", "greet:int", "greet:long"));
    }

    @Test
    void distinctNamesDoNotCollide() {
        assertThat(TaskNameRules.collisions(List.of("a", "b", "A"), Function.identity())).isEmpty();
        assertThat(TaskNameRules.collisions(List.<String>of(), Function.identity())).isEmpty();
    }
}
