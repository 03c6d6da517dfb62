package se.sambruk.uka.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The municipality's BEDA connection: the address and the key UHR gave (blank keeps the stored key). */
class BedaForm {

    @NotBlank
    @Size(max = 500)
    private String baseUrl;
    @Size(max = 500)
    private String apiKey;

    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public String getApiKey() { return apiKey; }
    public void setApiKey(String apiKey) { this.apiKey = apiKey; }
}
