package se.sambruk.core.councils;

/** A new meeting as typed (the time as {@code datetime-local}, Stockholm time). */
public class MeetingForm {

    private String title;
    private String heldAt;
    private String place;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getHeldAt() { return heldAt; }
    public void setHeldAt(String heldAt) { this.heldAt = heldAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
}
