package se.sambruk.egil.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.sambruk.egil.sources.Source;
import se.sambruk.schooldata.SchoolDataConnectionForm;

/**
 * A new source as the administrator enters it: a name, the kind, and for an API source its
 * connection (platform-schooldata's form; the client secret is write-only). A CSV source has no
 * connection, so the connection's checks do not apply to it ({@link #CONNECTION_FIELDS}).
 */
class SourceForm extends SchoolDataConnectionForm {

    static final java.util.Set<String> CONNECTION_FIELDS = java.util.Set.of("baseUrl", "tokenUrl", "clientId", "clientSecret", "scope");

    @NotBlank
    @Size(max = 120)
    private String name;
    @NotNull
    private Source.Kind kind = Source.Kind.SS12000;

    SourceForm() {
        setNightly(true);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Source.Kind getKind() { return kind; }
    public void setKind(Source.Kind kind) { this.kind = kind; }
}
