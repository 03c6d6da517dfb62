package se.sambruk.egil.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.sambruk.egil.suppliers.Supplier;

/** A supplier as the administrator enters it: endpoint, authentication, selection and safety rules. Secrets are write-only. */
class SupplierForm {

    @NotBlank
    @Size(max = 120)
    private String name;
    @NotBlank
    @Size(max = 500)
    @Pattern(regexp = "^https?://\\S+$")
    private String baseUrl;
    @NotNull
    private Supplier.AuthKind authKind = Supplier.AuthKind.MTLS_PIN;
    @Size(max = 100)
    private String pinSha256;
    @Size(max = 100)
    @Pattern(regexp = "^$|^[A-Za-z0-9-]+$")
    private String apiKeyHeader;
    @Size(max = 500)
    private String apiKey;
    @Size(max = 200)
    private String clientCertificatePassword;
    @Size(max = 500)
    @Pattern(regexp = "^$|^https?://\\S+$")
    private String federationMetadataUrl;
    @Size(max = 5000)
    private String federationSigningKey;
    @Size(max = 300)
    private String federationEntityId;
    private boolean dnp;
    private boolean enabled = true;
    @Size(max = 20000)
    private String schoolUnitIds = "";
    @Size(max = 500)
    private String schoolTypes = "";
    @Size(max = 200)
    private String schoolYears = "";
    @Size(max = 500)
    private String groupTypes = "";
    @Size(max = 20000)
    private String groupIds = "";
    private boolean includeTeachers = true;
    @Size(max = 20000)
    private String excludedPersonIds = "";
    @NotNull
    @Min(0)
    @Max(1_000_000)
    private Integer maxDeletes = 50;
    @NotNull
    @Min(0)
    @Max(100)
    private Integer maxChangePercent = 10;
    @NotNull
    @Min(0)
    @Max(365)
    private Integer deletionDelayDays = 0;
    @NotNull
    @Min(1)
    @Max(1000)
    private Integer requestsPerSecond = 50;
    @NotNull
    @Min(1)
    @Max(64)
    private Integer maxInFlight = 8;

    static SupplierForm of(Supplier s) {
        SupplierForm form = new SupplierForm();
        form.name = s.getName();
        form.baseUrl = s.getBaseUrl();
        form.authKind = s.getAuthKind();
        form.pinSha256 = s.getPinSha256();
        form.apiKeyHeader = s.getApiKeyHeader();
        form.federationMetadataUrl = s.getFederationMetadataUrl();
        form.federationSigningKey = s.getFederationSigningKey();
        form.federationEntityId = s.getFederationEntityId();
        form.dnp = s.isDnp();
        form.enabled = s.isEnabled();
        var selection = s.selection();
        form.schoolUnitIds = join(selection.schoolUnitIds());
        form.schoolTypes = join(selection.schoolTypes());
        form.schoolYears = join(selection.schoolYears());
        form.groupTypes = join(selection.groupTypes());
        form.groupIds = join(selection.groupIds());
        form.includeTeachers = selection.includeTeachers();
        form.excludedPersonIds = join(selection.excludedPersonIds());
        form.maxDeletes = s.getMaxDeletes();
        form.maxChangePercent = s.getMaxChangePercent();
        form.deletionDelayDays = s.getDeletionDelayDays();
        form.requestsPerSecond = s.getRequestsPerSecond();
        form.maxInFlight = s.getMaxInFlight();
        return form;
    }

    private static String join(java.util.Collection<?> values) {
        return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public Supplier.AuthKind getAuthKind() { return authKind; }
    public void setAuthKind(Supplier.AuthKind authKind) { this.authKind = authKind; }
    public String getPinSha256() { return pinSha256; }
    public void setPinSha256(String pinSha256) { this.pinSha256 = pinSha256; }
    public String getApiKeyHeader() { return apiKeyHeader; }
    public void setApiKeyHeader(String apiKeyHeader) { this.apiKeyHeader = apiKeyHeader; }
    public String getApiKey() { return apiKey; }
    public void setApiKey(String apiKey) { this.apiKey = apiKey; }
    public String getClientCertificatePassword() { return clientCertificatePassword; }
    public void setClientCertificatePassword(String password) { this.clientCertificatePassword = password; }
    public String getFederationMetadataUrl() { return federationMetadataUrl; }
    public void setFederationMetadataUrl(String url) { this.federationMetadataUrl = url; }
    public String getFederationSigningKey() { return federationSigningKey; }
    public void setFederationSigningKey(String key) { this.federationSigningKey = key; }
    public String getFederationEntityId() { return federationEntityId; }
    public void setFederationEntityId(String id) { this.federationEntityId = id; }
    public boolean isDnp() { return dnp; }
    public void setDnp(boolean dnp) { this.dnp = dnp; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getSchoolUnitIds() { return schoolUnitIds; }
    public void setSchoolUnitIds(String v) { this.schoolUnitIds = v; }
    public String getSchoolTypes() { return schoolTypes; }
    public void setSchoolTypes(String v) { this.schoolTypes = v; }
    public String getSchoolYears() { return schoolYears; }
    public void setSchoolYears(String v) { this.schoolYears = v; }
    public String getGroupTypes() { return groupTypes; }
    public void setGroupTypes(String v) { this.groupTypes = v; }
    public String getGroupIds() { return groupIds; }
    public void setGroupIds(String v) { this.groupIds = v; }
    public boolean isIncludeTeachers() { return includeTeachers; }
    public void setIncludeTeachers(boolean v) { this.includeTeachers = v; }
    public String getExcludedPersonIds() { return excludedPersonIds; }
    public void setExcludedPersonIds(String v) { this.excludedPersonIds = v; }
    public Integer getMaxDeletes() { return maxDeletes; }
    public void setMaxDeletes(Integer v) { this.maxDeletes = v; }
    public Integer getMaxChangePercent() { return maxChangePercent; }
    public void setMaxChangePercent(Integer v) { this.maxChangePercent = v; }
    public Integer getDeletionDelayDays() { return deletionDelayDays; }
    public void setDeletionDelayDays(Integer v) { this.deletionDelayDays = v; }
    public Integer getRequestsPerSecond() { return requestsPerSecond; }
    public void setRequestsPerSecond(Integer v) { this.requestsPerSecond = v; }
    public Integer getMaxInFlight() { return maxInFlight; }
    public void setMaxInFlight(Integer v) { this.maxInFlight = v; }
}
