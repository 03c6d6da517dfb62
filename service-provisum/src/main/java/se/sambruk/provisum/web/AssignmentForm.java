package se.sambruk.provisum.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** An assignment from the court's decision: the guardian, its kind and scope, start and end. */
class AssignmentForm {

    @NotNull
    private Long guardian;
    @NotBlank
    private String kind;
    @NotBlank
    @Size(max = 200)
    private String scope;
    @Size(max = 100)
    private String courtDecision;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private boolean openInventory = true;

    public Long getGuardian() { return guardian; }
    public void setGuardian(Long guardian) { this.guardian = guardian; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public String getCourtDecision() { return courtDecision; }
    public void setCourtDecision(String courtDecision) { this.courtDecision = courtDecision; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public boolean isOpenInventory() { return openInventory; }
    public void setOpenInventory(boolean openInventory) { this.openInventory = openInventory; }
}
