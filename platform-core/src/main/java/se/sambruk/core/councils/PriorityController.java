package se.sambruk.core.councils;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.costsharing.Money;
import se.sambruk.core.councils.Councils.Council;
import se.sambruk.core.councils.Prioritisation.Comparison;
import se.sambruk.core.councils.Prioritisation.Method;
import se.sambruk.core.web.SearchText;

/** Prioritisation rounds: the chair opens one, delegates hand in their organisation's ballot, everyone following sees the ranking. */
@Controller
class PriorityController {

    private final Councils councils;
    private final PriorityVoting priorities;
    private final Clock clock;

    PriorityController(Councils councils, PriorityVoting priorities, Clock clock) {
        this.councils = councils;
        this.priorities = priorities;
        this.clock = clock;
    }

    @GetMapping("/councils/{code}/priorities/new")
    String newRound(@PathVariable String code, Model model) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        councils.requireChair(user, council);
        LocalDateTime start = LocalDateTime.now(clock.withZone(Councils.STOCKHOLM)).withSecond(0).withNano(0);
        PriorityForm form = new PriorityForm();
        form.setYear(String.valueOf(start.getYear() + 1));
        form.setBudget(Money.format(priorities.developmentBudget(council, start.getYear())));
        form.setOpensAt(start.toString());
        form.setClosesAt(start.plusDays(14).toString());
        return formPage(council, form, model);
    }

    private String formPage(Council council, PriorityForm form, Model model) {
        model.addAttribute("council", council);
        model.addAttribute("priorityForm", form);
        model.addAttribute("candidates", priorities.candidates(council));
        model.addAttribute("methods", Method.values());
        model.addAttribute("view", new CouncilController.View());
        return "councils/priority-form";
    }

    @PostMapping("/councils/{code}/priorities")
    String open(@PathVariable String code, @ModelAttribute PriorityForm priorityForm, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        councils.requireChair(user, council);
        int year = SearchText.parseIntOr(priorityForm.getYear(), -1);
        if (year < 2000 || year > 2100) {
            errors.rejectValue("year", "priority.year.invalid");
        }
        Long budget = Money.parseKronor(priorityForm.getBudget());
        if (budget == null) {
            errors.rejectValue("budget", "proposal.cost.invalid");
        }
        Method method = CouncilController.parse(Method.class, priorityForm.getMethod());
        if (method == null) {
            errors.rejectValue("method", "priority.method.invalid");
        }
        int points = SearchText.parseIntOr(priorityForm.getPoints(), -1);
        if (points < 1 || points > 10_000) {
            errors.rejectValue("points", "priority.points.perOrganisation.invalid");
        }
        Instant opensAt = CouncilForms.time(priorityForm.getOpensAt(), "opensAt", errors);
        Instant closesAt = CouncilForms.time(priorityForm.getClosesAt(), "closesAt", errors);
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            errors.rejectValue("closesAt", "round.closesAt.beforeOpening");
        }
        Set<Long> allowed = new HashSet<>(priorities.candidates(council).stream().map(Proposal::getId).toList());
        List<Long> chosen = new ArrayList<>();
        for (String id : priorityForm.getProposals()) {
            Councils.parseId(id).filter(allowed::contains).ifPresent(chosen::add);
        }
        if (chosen.stream().distinct().count() < 2) {
            errors.rejectValue("proposals", "priority.candidates.tooFew");
        }
        if (errors.hasErrors()) {
            return formPage(council, priorityForm, model);
        }
        PriorityRound round = priorities.open(user, council, year, budget, method, points, opensAt, closesAt, chosen);
        redirect.addFlashAttribute("flashKey", "priority.opened");
        return "redirect:/councils/" + council.service().getCode() + "/priorities/" + round.getId();
    }

    @GetMapping("/councils/{code}/priorities/{roundId}")
    String round(@PathVariable String code, @PathVariable String roundId, Model model) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        PriorityRound round = priorities.round(council, roundId);
        List<PriorityRound.CandidateProposal> candidates = round.getCandidates();
        List<long[]> pairs = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = i + 1; j < candidates.size(); j++) {
                pairs.add(new long[] {candidates.get(i).getProposalId(), candidates.get(j).getProposalId()});
            }
        }
        model.addAttribute("council", council);
        model.addAttribute("round", round);
        model.addAttribute("pairs", pairs);
        model.addAttribute("now", Instant.now(clock));
        model.addAttribute("mayVote", councils.mayVote(user, council));
        model.addAttribute("ownBallot", round.ballotOf(user.organisationId()));
        model.addAttribute("view", new CouncilController.View());
        return "councils/priority";
    }

    /**
     * The organisation's ballot: {@code pick} (repeated) for budget picks, {@code points-<id>} for
     * points, {@code pair-<a>-<b>} naming the preferred of the two for pairwise comparison.
     */
    @PostMapping("/councils/{code}/priorities/{roundId}/vote")
    String vote(@PathVariable String code, @PathVariable String roundId, @RequestParam(required = false) List<String> pick,
                @RequestParam Map<String, String> parameters, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        PriorityRound round = priorities.round(council, roundId);
        councils.requireVoter(user, council, "council_priority_round", round.getId());
        try {
            switch (round.getMethod()) {
                case BUDGET_PICKS -> priorities.votePicks(user, council, round.getId(), ids(pick));
                case POINTS -> priorities.votePoints(user, council, round.getId(), points(parameters));
                case PAIRWISE -> priorities.votePairwise(user, council, round.getId(), comparisons(parameters));
            }
            redirect.addFlashAttribute("flashKey", "priority.voted");
        } catch (IllegalStateException | IllegalArgumentException refused) {
            redirect.addFlashAttribute("flashKey", refused.getMessage());
        }
        return "redirect:/councils/" + council.service().getCode() + "/priorities/" + round.getId();
    }

    private static Set<Long> ids(List<String> values) {
        Set<Long> ids = new HashSet<>();
        if (values != null) {
            for (String value : values) {
                ids.add(Councils.parseId(value).orElseThrow(() -> new IllegalArgumentException("priority.candidate.unknown")));
            }
        }
        return ids;
    }

    private static Map<Long, Integer> points(Map<String, String> parameters) {
        Map<Long, Integer> points = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("points-")) {
                long id = Councils.parseId(name.substring(7)).orElseThrow(() -> new IllegalArgumentException("priority.candidate.unknown"));
                String text = value == null ? "" : value.strip();
                points.put(id, text.isEmpty() ? 0 : SearchText.parseIntOr(text, -1));
            }
        });
        return points;
    }

    private static List<Comparison> comparisons(Map<String, String> parameters) {
        List<Comparison> comparisons = new ArrayList<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("pair-")) {
                String[] ids = name.substring(5).split("-");
                if (ids.length != 2) {
                    throw new IllegalArgumentException("priority.candidate.unknown");
                }
                long first = Councils.parseId(ids[0]).orElse(-1L);
                long second = Councils.parseId(ids[1]).orElse(-1L);
                comparisons.add(new Comparison(first, second, Councils.parseId(value).orElse(-1L)));
            }
        });
        return comparisons;
    }
}
