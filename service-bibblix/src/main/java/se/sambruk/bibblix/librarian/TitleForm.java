package se.sambruk.bibblix.librarian;

import se.sambruk.bibblix.catalogue.Title;

/** A librarian's edit of a title: the children's blurb, category, ages, featuring, the easier book and the paper-book tip. */
public class TitleForm {

    private String blurb;
    private Long categoryId;
    private Integer ageFrom;
    private Integer ageTo;
    private boolean featured;
    private Long easierTitleId;
    private String paperTip;

    public TitleForm() {
    }

    static TitleForm of(Title title) {
        TitleForm form = new TitleForm();
        form.blurb = title.blurb();
        form.categoryId = title.categoryId();
        form.ageFrom = title.ageFrom();
        form.ageTo = title.ageTo();
        form.featured = title.featured();
        form.easierTitleId = title.easierTitleId();
        form.paperTip = title.paperTip();
        return form;
    }

    public String getBlurb() { return blurb; }
    public void setBlurb(String blurb) { this.blurb = blurb; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public Integer getAgeFrom() { return ageFrom; }
    public void setAgeFrom(Integer ageFrom) { this.ageFrom = ageFrom; }
    public Integer getAgeTo() { return ageTo; }
    public void setAgeTo(Integer ageTo) { this.ageTo = ageTo; }
    public boolean isFeatured() { return featured; }
    public void setFeatured(boolean featured) { this.featured = featured; }
    public Long getEasierTitleId() { return easierTitleId; }
    public void setEasierTitleId(Long easierTitleId) { this.easierTitleId = easierTitleId; }
    public String getPaperTip() { return paperTip; }
    public void setPaperTip(String paperTip) { this.paperTip = paperTip; }
}
