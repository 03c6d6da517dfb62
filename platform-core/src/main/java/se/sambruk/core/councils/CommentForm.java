package se.sambruk.core.councils;

/** A comment as typed. */
public class CommentForm {

    private String text;

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
