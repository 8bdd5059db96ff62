package dev.lede.navigation;

import dev.lede.web.Params;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many related articles a navigation lists: 1 to 20. */
@Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "20")
public record RelatedCount(int value) {
    public static RelatedCount parse(String name, String text) {
        return new RelatedCount(Params.integer(name, text, NavigationRepository.DEFAULT_RELATED, 1,
                NavigationRepository.MAX_RELATED));
    }
}
