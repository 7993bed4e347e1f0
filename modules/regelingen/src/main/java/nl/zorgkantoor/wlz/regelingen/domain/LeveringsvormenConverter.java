package nl.zorgkantoor.wlz.regelingen.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;

/** Stores a set of leveringsvormen as "MPT,PGB" in one column: a case has at most a handful. */
@Converter
public class LeveringsvormenConverter implements AttributeConverter<Set<Leveringsvorm>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Leveringsvorm> vormen) {
        return vormen == null ? "" : vormen.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Leveringsvorm> convertToEntityAttribute(String kolom) {
        EnumSet<Leveringsvorm> vormen = EnumSet.noneOf(Leveringsvorm.class);
        if (kolom != null && !kolom.isBlank()) {
            Arrays.stream(kolom.split(",")).map(Leveringsvorm::valueOf).forEach(vormen::add);
        }
        return vormen;
    }
}
