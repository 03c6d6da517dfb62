package se.sambruk.core.api;

import java.net.URI;
import java.util.List;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import se.sambruk.core.organisation.Members;
import se.sambruk.core.organisation.Organisation;
import se.sambruk.core.organisation.OrganisationType;
import se.sambruk.core.organisation.Organisations;
import se.sambruk.core.subscription.Subscriptions;
import se.sambruk.core.web.NotFoundException;
import se.sambruk.core.web.SearchText;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Kommuner, regioner, kommunalförbund och andra organisationer i Sambruks register")
class OrganisationApi {

    private final Organisations organisations;
    private final Members members;
    private final Subscriptions subscriptions;
    private final OrganisationRegistration registration;
    private final OrganisationDirectory directory;

    OrganisationApi(Organisations organisations, Members members, Subscriptions subscriptions,
                    OrganisationRegistration registration, OrganisationDirectory directory) {
        this.directory = directory;
        this.organisations = organisations;
        this.members = members;
        this.subscriptions = subscriptions;
        this.registration = registration;
    }

    @GetMapping
    @Operation(operationId = "listOrganisations", summary = "List organisations by name, optionally by type and search text")
    PageResponse<OrganisationSummary> list(
            @RequestParam(required = false) OrganisationType type,
            @Parameter(description = "Part of the name or county name, or a kommunkod")
            @RequestParam(required = false) @Size(max = SearchText.MAX_QUERY) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        return directory.search(type, SearchText.clean(q), page, size);
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    @Operation(operationId = "getOrganisation", summary = "One organisation with its membership and subscriptions")
    OrganisationDetails show(@PathVariable long id) {
        Organisation organisation = organisations.findById(id).orElseThrow(NotFoundException::new);
        return new OrganisationDetails(
                OrganisationSummary.of(organisation, refs(organisations.representedBy(id))),
                refs(organisations.actingFor(id)),
                members.findById(id).map(OrganisationDetails.Membership::of).orElse(null),
                subscriptions.findByOrganisation(id).stream().map(SubscriptionSummary::of).toList(),
                subscriptions.findCovering(id).stream().map(SubscriptionSummary::of).toList());
    }

    @PostMapping
    @Operation(operationId = "createOrganisation", summary = "Add an organisation to the register",
            security = @SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME, scopes = "register.write"))
    ResponseEntity<OrganisationSummary> create(@Valid @RequestBody NewOrganisation request, UriComponentsBuilder uris) {
        Organisation created = registration.register(request);
        URI location = uris.path("/api/v1/organisations/{id}").buildAndExpand(created.getId()).toUri();
        return ResponseEntity.created(location).body(OrganisationSummary.of(created, List.of()));
    }

    private static List<OrganisationRef> refs(List<Organisation> organisations) {
        return organisations.stream().map(OrganisationRef::of).toList();
    }
}
