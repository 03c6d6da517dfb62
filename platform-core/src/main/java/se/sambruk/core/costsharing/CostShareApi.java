package se.sambruk.core.costsharing;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.catalogue.DigitalService;

/** An organisation's own share of a service's cost, for its finance systems (scope costs.read). */
@RestController
@Tag(name = "Cost shares", description = "Organisationens egen andel av en tjänsts kostnad (självkostnad)")
class CostShareApi {

    private final CostSharing costs;

    CostShareApi(CostSharing costs) {
        this.costs = costs;
    }

    record ItemView(long municipalityId, String municipality, int months, long amountOre, String amountKronor) {
    }

    record CostShareView(String service, int year, String status, long organisationId, long amountOre, String amountKronor,
                         long[] quartersOre, List<ItemView> items) {
    }

    @GetMapping("/api/v1/cost-shares")
    @Operation(operationId = "getOwnCostShare", summary = "The calling organisation's share of a service's cost for a year",
            security = @SecurityRequirement(name = "oauth2", scopes = "costs.read"))
    CostShareView ownShare(@RequestParam String service, @RequestParam int year) {
        DigitalService chosen = costs.service(service.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown service: use a code from /api/v1/services"));
        if (year < 2000 || year > 2100) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The year must be between 2000 and 2100");
        }
        long organisation = CurrentUser.require().organisationId();
        CostSharing.Calculation calculation = costs.calculate(chosen, year);
        String status = calculation.budget().isApproved() ? "APPROVED" : "PRELIMINARY";
        return calculation.of(organisation)
                .map(share -> new CostShareView(chosen.getCode(), year, status, organisation, share.amount(), Money.plain(share.amount()),
                        share.quarters(), share.items().stream()
                        .map(item -> new ItemView(item.municipalityId(), item.municipality(), item.period().months(), item.amount(),
                                Money.plain(item.amount())))
                        .toList()))
                .orElseGet(() -> new CostShareView(chosen.getCode(), year, status, organisation, 0, Money.plain(0), new long[4], List.of()));
    }
}
