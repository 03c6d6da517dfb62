package se.sambruk.bibblix.librarian;

import se.sambruk.bibblix.library.Library;

/** A municipality's library settings as its librarian enters them; the SIP2 password is write-only. */
public class LibraryForm {

    private String name;
    private String sipHost;
    private Integer sipPort = 6001;
    private boolean sipTls;
    private String institutionId;
    private String loginUser;
    private String loginPassword;
    private boolean clearPassword;
    private String locationCode;
    private boolean errorDetection;
    private Integer timeoutMs = 5000;
    private Integer historyDays = 30;

    public LibraryForm() {
    }

    static LibraryForm of(Library library) {
        LibraryForm form = new LibraryForm();
        form.name = library.name();
        form.sipHost = library.sipHost();
        form.sipPort = library.sipPort();
        form.sipTls = library.sipTls();
        form.institutionId = library.institutionId();
        form.loginUser = library.loginUser();
        form.locationCode = library.locationCode();
        form.errorDetection = library.errorDetection();
        form.timeoutMs = library.timeoutMs();
        form.historyDays = library.historyDays();
        return form;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSipHost() { return sipHost; }
    public void setSipHost(String sipHost) { this.sipHost = sipHost; }
    public Integer getSipPort() { return sipPort; }
    public void setSipPort(Integer sipPort) { this.sipPort = sipPort; }
    public boolean isSipTls() { return sipTls; }
    public void setSipTls(boolean sipTls) { this.sipTls = sipTls; }
    public String getInstitutionId() { return institutionId; }
    public void setInstitutionId(String institutionId) { this.institutionId = institutionId; }
    public String getLoginUser() { return loginUser; }
    public void setLoginUser(String loginUser) { this.loginUser = loginUser; }
    public String getLoginPassword() { return loginPassword; }
    public void setLoginPassword(String loginPassword) { this.loginPassword = loginPassword; }
    public boolean isClearPassword() { return clearPassword; }
    public void setClearPassword(boolean clearPassword) { this.clearPassword = clearPassword; }
    public String getLocationCode() { return locationCode; }
    public void setLocationCode(String locationCode) { this.locationCode = locationCode; }
    public boolean isErrorDetection() { return errorDetection; }
    public void setErrorDetection(boolean errorDetection) { this.errorDetection = errorDetection; }
    public Integer getTimeoutMs() { return timeoutMs; }
    public void setTimeoutMs(Integer timeoutMs) { this.timeoutMs = timeoutMs; }
    public Integer getHistoryDays() { return historyDays; }
    public void setHistoryDays(Integer historyDays) { this.historyDays = historyDays; }
}
