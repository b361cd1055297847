package dev.jmp.processor.parse;

import com.palantir.javapoet.TypeName;
import dev.jmp.processor.model.WireType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Reads a record's components as members of the record type, so {@code Pair<String, Integer>} has a {@code String} first. */
final class RecordComponents {

    private final Types types;

    RecordComponents(Types types) {
        this.types = types;
    }

    WireType parse(DeclaredType record, Function<TypeMirror, WireType> componentParser) {
        TypeElement element = (TypeElement) record.asElement();
        List<WireType.Component> components = new ArrayList<>();
        for (RecordComponentElement component : element.getRecordComponents()) {
            ExecutableType accessor = (ExecutableType) types.asMemberOf(record, component.getAccessor());
            components.add(new WireType.Component(
                    component.getSimpleName().toString(), componentParser.apply(accessor.getReturnType())));
        }
        return new WireType.RecordValue(TypeName.get(record), components);
    }

    /** {@code com.example.Tree -> com.example.Branch -> com.example.Tree}: how a record contains itself. */
    static String cycle(List<TypeElement> openRecords, TypeElement again) {
        List<TypeElement> path = new ArrayList<>(openRecords.subList(openRecords.indexOf(again), openRecords.size()));
        path.add(again);
        return "a record that contains itself: "
                + path.stream().map(t -> t.getQualifiedName().toString()).collect(Collectors.joining(" -> "));
    }
}
