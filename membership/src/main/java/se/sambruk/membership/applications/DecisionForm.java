package se.sambruk.membership.applications;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The board's decision on an application, as staff record it. */
public class DecisionForm {

    @NotNull @Pattern(regexp = "APPROVE|REJECT")
    private String decision;
    /** The organisation in the register that becomes a member (when approved). */
    private Long organisation;
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate boardDecidedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    private boolean rejoining;
    @Size(max = 1000)
    private String note;

    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public Long getOrganisation() { return organisation; }
    public void setOrganisation(Long organisation) { this.organisation = organisation; }
    public LocalDate getBoardDecidedOn() { return boardDecidedOn; }
    public void setBoardDecidedOn(LocalDate boardDecidedOn) { this.boardDecidedOn = boardDecidedOn; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public boolean isRejoining() { return rejoining; }
    public void setRejoining(boolean rejoining) { this.rejoining = rejoining; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
