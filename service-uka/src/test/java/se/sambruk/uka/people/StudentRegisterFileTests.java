package se.sambruk.uka.people;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import se.sambruk.core.documents.UnreadableFile;
import se.sambruk.uka.coverage.CoverageFacts.ProgrammeStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudentRegisterFileTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aGoodFileGivesEveryPersonWithTheFacts() {
        var result = StudentRegisterFile.read(csv("""
                personnummer;namn;folkbokford;grundskola_klar;program;telefon
                20080510-9808;Alva Demosson;ja;ja;inget;070-1
                20090101-9802;Elias Provberg;;;pågår;
                """), TODAY);
        assertThat(result.ok()).isTrue();
        assertThat(result.values()).hasSize(2);
        assertThat(result.values().get(0).personnummer().value()).isEqualTo("200805109808");
        assertThat(result.values().get(0).phone()).isEqualTo("070-1");
        assertThat(result.values().get(1).programme()).isEqualTo(ProgrammeStatus.ATTENDING);
        assertThat(result.values().get(1).registeredHere()).isTrue();
    }

    @Test
    void aMalformedFileGetsAnErrorPerBadRow() {
        var result = StudentRegisterFile.read(csv("""
                personnummer;namn;folkbokford;program
                20080510-9808;Alva Demosson;ja;inget
                20080510-9803;Fel Kontrollsiffra;ja;inget
                ;Utan Nummer;ja;inget
                20080510-9808;Dubblett;ja;inget
                20090101-9802;Elias Provberg;kanske;inget
                20090101-9802x;Trasig;ja;inget
                20100202-9807;Okänt Program;ja;universitet
                """), TODAY);
        assertThat(result.ok()).isFalse();
        assertThat(StudentRegisterFile.lines(result.errors())).hasSize(6);
        assertThat(result.errors()).extracting(e -> e.row()).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(result.errors()).extracting(e -> e.column())
                .containsExactly("personnummer", "personnummer", "personnummer", "folkbokford", "personnummer", "program");
        assertThat(result.errors().get(1).message()).isEqualTo("saknas");
        assertThat(result.errors().get(2).message()).contains("två gånger");
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        assertThatThrownBy(() -> StudentRegisterFile.read(csv("pnr;name\n20080510-9808;Alva\n"), TODAY))
                .isInstanceOf(UnreadableFile.class).hasMessageContaining("personnummer").hasMessageContaining("namn");
    }

    @Test
    void aStudiebevisLeavesThePersonCoveredAnIntroductoryProgrammeDoesNot() {
        var result = StudentRegisterFile.read(csv("""
                personnummer;namn;program
                20080510-9808;Alva Demosson;studiebevis
                20090101-9802;Elias Provberg;introduktionsprogram
                20070301-9802;Maja Testlund;examen
                """), TODAY);
        assertThat(result.ok()).isTrue();
        assertThat(result.values()).extracting(NewPerson::programme)
                .containsExactly(ProgrammeStatus.NONE, ProgrammeStatus.ATTENDING, ProgrammeStatus.COMPLETED);
    }
}
