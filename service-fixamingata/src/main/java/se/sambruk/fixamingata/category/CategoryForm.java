package se.sambruk.fixamingata.category;

import java.util.ArrayList;
import java.util.List;

import se.sambruk.fixamingata.report.Category;
import se.sambruk.fixamingata.report.CategoryQuestions;

/**
 * A category as staff type it. Keys (the Open311 api key, ServiceNow credentials) are never
 * filled in from the database: blank on an edit keeps the stored one.
 */
public class CategoryForm {

    /** Blank question rows offered below the category's own. */
    static final int SPARE_QUESTIONS = 2;
    static final int MAX_QUESTIONS = 10;

    private String name;
    private String method = Category.SendMethod.EMAIL.name();
    private String email;
    private String open311Url;
    private String open311Key;
    private String open311Code;
    private String serviceNowUrl;
    private String serviceNowCredentials;
    private String serviceNowCategory;
    private boolean active = true;
    private List<QuestionRow> questions = new ArrayList<>();

    public static class QuestionRow {
        private Long id;
        private String label;
        private boolean required;

        public Long getId() { return id; }
        public void setId(Long id) { this.id = id; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean required) { this.required = required; }
    }

    static CategoryForm of(Category category, List<CategoryQuestions.Question> questions) {
        CategoryForm form = new CategoryForm();
        form.name = category.name();
        form.method = category.sendMethod().name();
        form.active = category.active();
        switch (category.sendMethod()) {
            case EMAIL -> form.email = category.sendTo();
            case OPEN311 -> {
                form.open311Url = category.sendTo();
                form.open311Code = category.externalCode();
            }
            case SERVICENOW -> {
                form.serviceNowUrl = category.sendTo();
                form.serviceNowCategory = category.externalCode();
            }
        }
        for (CategoryQuestions.Question question : questions) {
            QuestionRow row = new QuestionRow();
            row.id = question.id();
            row.label = question.label();
            row.required = question.required();
            form.questions.add(row);
        }
        return form;
    }

    /** Room to add questions: blank rows up to the limit. */
    void addSpareRows() {
        for (int i = 0; i < SPARE_QUESTIONS && questions.size() < MAX_QUESTIONS; i++) {
            questions.add(new QuestionRow());
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getOpen311Url() { return open311Url; }
    public void setOpen311Url(String open311Url) { this.open311Url = open311Url; }
    public String getOpen311Key() { return open311Key; }
    public void setOpen311Key(String open311Key) { this.open311Key = open311Key; }
    public String getOpen311Code() { return open311Code; }
    public void setOpen311Code(String open311Code) { this.open311Code = open311Code; }
    public String getServiceNowUrl() { return serviceNowUrl; }
    public void setServiceNowUrl(String serviceNowUrl) { this.serviceNowUrl = serviceNowUrl; }
    public String getServiceNowCredentials() { return serviceNowCredentials; }
    public void setServiceNowCredentials(String serviceNowCredentials) { this.serviceNowCredentials = serviceNowCredentials; }
    public String getServiceNowCategory() { return serviceNowCategory; }
    public void setServiceNowCategory(String serviceNowCategory) { this.serviceNowCategory = serviceNowCategory; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public List<QuestionRow> getQuestions() { return questions; }
    public void setQuestions(List<QuestionRow> questions) { this.questions = questions; }
}
