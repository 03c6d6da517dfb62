package se.sambruk.uka.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The municipality's UKA settings: the young people's own page on or off, and how they reach the team. */
class SettingsForm {

    private boolean residentPage;
    @Size(max = 40)
    @Pattern(regexp = "[0-9 +()-]*")
    private String teamPhone;
    @Email
    @Size(max = 200)
    private String teamEmail;

    public boolean isResidentPage() { return residentPage; }
    public void setResidentPage(boolean residentPage) { this.residentPage = residentPage; }
    public String getTeamPhone() { return teamPhone; }
    public void setTeamPhone(String teamPhone) { this.teamPhone = teamPhone; }
    public String getTeamEmail() { return teamEmail; }
    public void setTeamEmail(String teamEmail) { this.teamEmail = teamEmail; }
}
