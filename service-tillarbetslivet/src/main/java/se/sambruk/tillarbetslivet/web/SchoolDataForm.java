package se.sambruk.tillarbetslivet.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One read of the municipality's SS 12000 API: its address, the token endpoint, the client, and the school years to take. */
class SchoolDataForm {

    @NotBlank
    @Size(max = 500)
    private String baseUrl;
    @NotBlank
    @Size(max = 500)
    private String tokenUrl;
    @NotBlank
    @Size(max = 200)
    private String clientId;
    @NotBlank
    @Size(max = 500)
    private String clientSecret;
    @NotNull
    @Min(1)
    @Max(13)
    private Integer fromYear = 8;
    @NotNull
    @Min(1)
    @Max(13)
    private Integer toYear = 9;

    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public String getTokenUrl() { return tokenUrl; }
    public void setTokenUrl(String tokenUrl) { this.tokenUrl = tokenUrl; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getClientSecret() { return clientSecret; }
    public void setClientSecret(String clientSecret) { this.clientSecret = clientSecret; }
    public Integer getFromYear() { return fromYear; }
    public void setFromYear(Integer fromYear) { this.fromYear = fromYear; }
    public Integer getToYear() { return toYear; }
    public void setToYear(Integer toYear) { this.toYear = toYear; }
}
