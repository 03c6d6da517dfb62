package se.sambruk.provisum.rules;

import java.util.List;

/**
 * The kinds of ärenden and each one's built-in checklist; every step cites the paragraph of
 * föräldrabalken (FB) it rests on.
 */
public enum CaseType {

    FORTECKNING(List.of(
            new Step("received", "Förteckning över tillgångar och skulder inkommen", "FB 14 kap. 1 §"),
            new Step("signed", "Förteckningen undertecknad på heder och samvete", "FB 14 kap. 2 §"),
            new Step("reviewed", "Förteckningen granskad", "FB 16 kap. 1 §"),
            new Step("filed", "Förteckningen arkiverad och ärendet avslutat", "FB 16 kap. 1 §"))),
    ARSRAKNING(List.of(
            new Step("received", "Årsräkning inkommen före 1 mars", "FB 14 kap. 15 §"),
            new Step("verified", "Verifikationer och kontoutdrag bifogade", "FB 14 kap. 15 §"),
            new Step("reviewed", "Årsräkningen granskad", "FB 16 kap. 3 §"),
            new Step("decided", "Granskningsbeslut med eventuella anmärkningar", "FB 16 kap. 3 §"))),
    SLUTRAKNING(List.of(
            new Step("received", "Sluträkning inkommen inom en månad", "FB 14 kap. 17 §"),
            new Step("handed-over", "Tillgångarna överlämnade till huvudmannen eller ny ställföreträdare", "FB 14 kap. 17 §"),
            new Step("reviewed", "Sluträkningen granskad", "FB 16 kap. 3 §"))),
    REDOGORELSE(List.of(
            new Step("received", "Redogörelse för personlig omvårdnad inkommen", "FB 14 kap. 15 §"),
            new Step("reviewed", "Redogörelsen granskad", "FB 16 kap. 1 §"))),
    UTTAGSTILLSTAND(List.of(
            new Step("application", "Ansökan om uttag från spärrat konto inkommen", "FB 13 kap. 6 §"),
            new Step("assessed", "Behovet prövat", "FB 13 kap. 9 §"),
            new Step("heard", "Huvudmannen hörd (fyllt 16 år)", "FB 16 kap. 4 §"),
            new Step("decided", "Beslut om uttagstillstånd", "FB 13 kap. 9 §"))),
    SAMTYCKE(List.of(
            new Step("application", "Ansökan om samtycke (försäljning av fast egendom, arvskifte) inkommen", "FB 14 kap. 11 §"),
            new Step("heard", "Huvudmannen hörd", "FB 16 kap. 4 §"),
            new Step("decided", "Beslut om samtycke", "FB 14 kap. 11 §"))),
    ARVODE(List.of(
            new Step("claim", "Begäran om arvode inkommen", "FB 12 kap. 16 §"),
            new Step("decided", "Arvodesbeslut fattat", "FB 12 kap. 16 §"))),
    BYTE_ENTLEDIGANDE(List.of(
            new Step("request", "Begäran om byte eller entledigande inkommen", "FB 11 kap. 19 §"),
            new Step("new-guardian", "Ny ställföreträdare lämplighetsprövad", "FB 11 kap. 12 §"),
            new Step("decided", "Beslut om byte eller entledigande", "FB 11 kap. 20 §"))),
    TILLFALLIG_STALLFORETRADARE(List.of(
            new Step("need", "Behovet av tillfällig ställföreträdare utrett", "FB 11 kap. 2 §"),
            new Step("decided", "Beslut om förordnande", "FB 11 kap. 2 §")));

    /** One checklist step with the paragraph it rests on. */
    public record Step(String code, String text, String paragraph) {
    }

    private final List<Step> steps;

    CaseType(List<Step> steps) {
        this.steps = steps;
    }

    public List<Step> steps() {
        return steps;
    }

    public boolean hasStep(String code) {
        return steps.stream().anyMatch(step -> step.code().equals(code));
    }
}
