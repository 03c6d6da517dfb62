package se.sambruk.fixamingata.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The extra questions a municipality asks residents in a category (e.g. "the lamp post's number"),
 * and the answers stored with each report. An answer keeps a copy of its question's label.
 */
@Component
public class CategoryQuestions {

    public record Question(long id, long categoryId, String label, boolean required, int position) {
    }

    /** A question as staff typed it: id null for a new one. */
    public record QuestionInput(Long id, String label, boolean required) {
    }

    public record Answer(String label, String answer) {
    }

    private static final RowMapper<Question> ROW = (rs, i) -> new Question(rs.getLong("id"), rs.getLong("category_id"),
            rs.getString("label"), rs.getBoolean("required"), rs.getInt("position"));

    private final JdbcTemplate jdbc;

    CategoryQuestions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Question> of(long categoryId) {
        return jdbc.query("select * from fixamingata.category_question where category_id = ? order by position, id", ROW, categoryId);
    }

    /** Every question of the organisation's categories, by category id. */
    @Transactional(readOnly = true)
    public Map<Long, List<Question>> ofOrganisation(long organisationId) {
        Map<Long, List<Question>> byCategory = new LinkedHashMap<>();
        jdbc.query("select * from fixamingata.category_question where organisation_id = ? order by category_id, position, id", ROW,
                organisationId).forEach(q -> byCategory.computeIfAbsent(q.categoryId(), id -> new ArrayList<>()).add(q));
        return byCategory;
    }

    /**
     * Makes the category's questions these, in this order: known ids are changed, the others
     * added, and questions not listed removed (their answers keep the label).
     */
    @Transactional
    public void replace(long organisationId, long categoryId, List<QuestionInput> questions) {
        List<Long> kept = new ArrayList<>();
        int position = 0;
        for (QuestionInput question : questions) {
            int changed = question.id() == null ? 0 : jdbc.update("""
                    update fixamingata.category_question set label = ?, required = ?, position = ?
                    where id = ? and category_id = ? and organisation_id = ?""",
                    question.label(), question.required(), position, question.id(), categoryId, organisationId);
            if (changed == 1) {
                kept.add(question.id());
            } else {
                kept.add(jdbc.queryForObject("""
                        insert into fixamingata.category_question (category_id, organisation_id, label, required, position)
                        values (?, ?, ?, ?, ?) returning id""", Long.class, categoryId, organisationId, question.label(),
                        question.required(), position));
            }
            position++;
        }
        jdbc.update("delete from fixamingata.category_question where category_id = ? and organisation_id = ? and id <> all (?)",
                categoryId, organisationId, kept.toArray(Long[]::new));
    }

    /** The report's answers become these (blank answers are not stored). */
    @Transactional
    public void saveAnswers(long reportId, Map<Question, String> answers) {
        jdbc.update("delete from fixamingata.report_answer where report_id = ?", reportId);
        answers.forEach((question, answer) -> {
            if (answer != null && !answer.isBlank()) {
                jdbc.update("insert into fixamingata.report_answer (report_id, question_id, label, answer, position) values (?, ?, ?, ?, ?)",
                        reportId, question.id(), question.label(), answer.strip(), question.position());
            }
        });
    }

    @Transactional(readOnly = true)
    public List<Answer> answers(long reportId) {
        return jdbc.query("select label, answer from fixamingata.report_answer where report_id = ? order by position, id",
                (rs, i) -> new Answer(rs.getString(1), rs.getString(2)), reportId);
    }

    /** An answer as it goes to the back-end: {@code code} is the Open311 attribute code ({@code question_<id>}). */
    public record SentAnswer(String code, String label, String answer) {
    }

    /** The report's answers for its back-end; an answer whose question was removed keeps a code made from the label. */
    @Transactional(readOnly = true)
    public List<SentAnswer> answersToSend(long reportId) {
        return jdbc.query("select question_id, label, answer from fixamingata.report_answer where report_id = ? order by position, id",
                (rs, i) -> new SentAnswer(rs.getObject(1) == null ? "question_" + slug(rs.getString(2)) : "question_" + rs.getLong(1),
                        rs.getString(2), rs.getString(3)), reportId);
    }

    private static String slug(String label) {
        String ascii = java.text.Normalizer.normalize(label.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return ascii.isEmpty() ? "answer" : ascii;
    }

    /** The stored answers by question id (for editing a draft). */
    @Transactional(readOnly = true)
    public Map<String, String> answersByQuestion(long reportId) {
        Map<String, String> byQuestion = new LinkedHashMap<>();
        jdbc.query("select question_id, answer from fixamingata.report_answer where report_id = ? and question_id is not null",
                rs -> {
                    byQuestion.put(String.valueOf(rs.getLong(1)), rs.getString(2));
                }, reportId);
        return byQuestion;
    }
}
