package se.sambruk.fixamingata.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** The resident's report form, as typed (coordinates as text so that a typo comes back as typed). */
public class ReportForm {

    private String lat;
    private String lon;
    private String kommun;
    private Long category;
    private String title;
    private String detail;
    private String name;
    private String email;
    private String phone;
    private boolean showName;
    /** Answers to the chosen category's extra questions, by question id. */
    private Map<String, String> answers = new LinkedHashMap<>();

    public String getLat() { return lat; }
    public void setLat(String lat) { this.lat = lat; }
    public String getLon() { return lon; }
    public void setLon(String lon) { this.lon = lon; }
    public String getKommun() { return kommun; }
    public void setKommun(String kommun) { this.kommun = kommun; }
    public Long getCategory() { return category; }
    public void setCategory(Long category) { this.category = category; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public boolean isShowName() { return showName; }
    public void setShowName(boolean showName) { this.showName = showName; }

    public Map<String, String> getAnswers() { return answers; }
    public void setAnswers(Map<String, String> answers) { this.answers = answers; }

    static ReportForm of(Report draft) {
        ReportForm form = new ReportForm();
        form.lat = String.valueOf(draft.lat());
        form.lon = String.valueOf(draft.lon());
        form.kommun = draft.kommunkod();
        form.category = draft.categoryId();
        form.title = draft.title();
        form.detail = draft.detail();
        form.name = draft.reporterName();
        form.email = draft.reporterEmail();
        form.phone = draft.reporterPhone();
        form.showName = draft.showName();
        return form;
    }
}
