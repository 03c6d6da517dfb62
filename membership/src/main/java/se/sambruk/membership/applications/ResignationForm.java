package se.sambruk.membership.applications;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A member's notice of resignation as staff record it. */
public class ResignationForm {

    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate noticeReceived;
    @NotNull @Min(0) @Max(36)
    private Integer noticeMonths = 12;
    @Size(max = 1000)
    private String reason;

    public LocalDate getNoticeReceived() { return noticeReceived; }
    public void setNoticeReceived(LocalDate noticeReceived) { this.noticeReceived = noticeReceived; }
    public Integer getNoticeMonths() { return noticeMonths; }
    public void setNoticeMonths(Integer noticeMonths) { this.noticeMonths = noticeMonths; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
