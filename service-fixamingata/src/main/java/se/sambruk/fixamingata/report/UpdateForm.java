package se.sambruk.fixamingata.report;

/** A resident's update on the report page: a comment, "fixed" or "not fixed" (reopen). */
public class UpdateForm {

    private String name;
    private String text;
    private String email;
    private String action = "COMMENT";

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }

    Reporting.ResidentAction action() {
        try {
            return action == null ? null : Reporting.ResidentAction.valueOf(action);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
