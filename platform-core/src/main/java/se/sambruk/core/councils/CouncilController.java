package se.sambruk.core.councils;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
import se.sambruk.core.Roles;
import se.sambruk.core.costsharing.Money;
import se.sambruk.core.councils.Councils.Council;
import se.sambruk.core.councils.VoteCounting.Choice;
import se.sambruk.core.councils.VoteCounting.Majority;
import se.sambruk.core.councils.VoteCounting.Rule;
import se.sambruk.core.councils.VoteCounting.Weighting;
import se.sambruk.core.web.SearchText;

/** The steering councils' pages: councils, a council, a proposal with its rounds, a round's result. */
@Controller
class CouncilController {

    private final Councils councils;
    private final Clock clock;

    CouncilController(Councils councils, Clock clock) {
        this.councils = councils;
        this.clock = clock;
    }

    @GetMapping("/councils")
    String list(Model model) {
        model.addAttribute("councils", councils.all());
        return "councils/list";
    }

    @GetMapping("/councils/{code}")
    String council(@PathVariable String code, Model model) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        List<Proposal> proposals = councils.proposals(council);
        List<VotingRound> rounds = councils.rounds(council);
        Instant now = Instant.now(clock);
        model.addAttribute("council", council);
        model.addAttribute("proposals", proposals);
        model.addAttribute("openRounds", rounds.stream().filter(round -> !round.isClosed()).toList());
        model.addAttribute("decisions", rounds.stream().filter(VotingRound::isClosed).toList());
        model.addAttribute("titles", proposals.stream().collect(java.util.stream.Collectors.toMap(Proposal::getId, Proposal::getTitle)));
        model.addAttribute("states", proposals.stream().collect(java.util.stream.Collectors.toMap(Proposal::getId, Proposal::getState)));
        model.addAttribute("isMember", councils.isMember(user, council));
        model.addAttribute("now", now);
        model.addAttribute("view", new View());
        return "councils/council";
    }

    @GetMapping("/councils/{code}/proposals/new")
    String newProposal(@PathVariable String code, Model model) {
        Council council = councils.follow(CurrentUser.require(), code);
        model.addAttribute("council", council);
        model.addAttribute("proposalForm", new ProposalForm());
        return "councils/proposal-form";
    }

    @PostMapping("/councils/{code}/proposals")
    String propose(@PathVariable String code, @ModelAttribute ProposalForm proposalForm, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        String title = text(proposalForm.getTitle(), 200, "title", errors);
        String description = text(proposalForm.getDescription(), 4000, "description", errors);
        String benefit = text(proposalForm.getBenefit(), 4000, "benefit", errors);
        Long cost = Money.parseKronor(proposalForm.getCost());
        if (cost == null) {
            errors.rejectValue("cost", "proposal.cost.invalid");
        }
        if (errors.hasErrors()) {
            model.addAttribute("council", council);
            return "councils/proposal-form";
        }
        Proposal proposal = councils.propose(user, council, title, description, benefit, cost);
        redirect.addFlashAttribute("flashKey", "proposal.created");
        return "redirect:/councils/" + council.service().getCode() + "/proposals/" + proposal.getId();
    }

    @GetMapping("/councils/{code}/proposals/{proposalId}")
    String proposal(@PathVariable String code, @PathVariable String proposalId, Model model) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        Proposal proposal = councils.proposal(council, proposalId);
        RoundForm roundForm = new RoundForm();
        LocalDateTime start = LocalDateTime.now(clock.withZone(Councils.STOCKHOLM)).withSecond(0).withNano(0);
        roundForm.setOpensAt(start.toString());
        roundForm.setClosesAt(start.plusDays(14).toString());
        return proposalPage(user, council, proposal, roundForm, model);
    }

    private String proposalPage(CurrentUser user, Council council, Proposal proposal, RoundForm roundForm, Model model) {
        Instant now = Instant.now(clock);
        List<VotingRound> rounds = councils.rounds(proposal);
        model.addAttribute("council", council);
        model.addAttribute("proposal", proposal);
        model.addAttribute("rounds", rounds);
        model.addAttribute("now", now);
        model.addAttribute("isMember", councils.isMember(user, council));
        model.addAttribute("supported", proposal.supportedBy(user.organisationId()));
        model.addAttribute("isDelegate", councils.isMember(user, council) && user.hasRole(Roles.COUNCIL_DELEGATE));
        model.addAttribute("ownOrganisation", user.organisationId());
        model.addAttribute("memberNames", council.members().stream()
                .collect(java.util.stream.Collectors.toMap(Councils.Member::id, Councils.Member::name)));
        model.addAttribute("nextStates", proposal.getState().manualNext());
        model.addAttribute("roundForm", roundForm);
        model.addAttribute("majorities", Majority.values());
        model.addAttribute("weightings", Weighting.values());
        model.addAttribute("choices", Choice.values());
        model.addAttribute("view", new View());
        return "councils/proposal";
    }

    @PostMapping("/councils/{code}/proposals/{proposalId}/support")
    String support(@PathVariable String code, @PathVariable String proposalId, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        Proposal proposal = councils.proposal(council, proposalId);
        try {
            redirect.addFlashAttribute("flashKey", councils.support(user, council, proposal.getId()) ? "proposal.supported" : "proposal.alreadySupported");
        } catch (IllegalStateException refused) {
            redirect.addFlashAttribute("flashKey", "proposal.support.closed");
        }
        return redirectTo(council, proposal);
    }

    @PostMapping("/councils/{code}/proposals/{proposalId}/state")
    String move(@PathVariable String code, @PathVariable String proposalId, @RequestParam(required = false) String state,
                RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        Proposal proposal = councils.proposal(council, proposalId);
        try {
            councils.move(user, council, proposal.getId(), parse(ProposalState.class, state));
            redirect.addFlashAttribute("flashKey", "proposal.moved");
        } catch (IllegalStateException refused) {
            redirect.addFlashAttribute("flashKey", "proposal.transition.invalid");
        }
        return redirectTo(council, proposal);
    }

    @PostMapping("/councils/{code}/proposals/{proposalId}/rounds")
    String openRound(@PathVariable String code, @PathVariable String proposalId, @ModelAttribute RoundForm roundForm,
                     BindingResult errors, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        Proposal proposal = councils.proposal(council, proposalId);
        if (!user.isStaff()) {
            throw new org.springframework.security.access.AccessDeniedException("staff only");
        }
        Instant opensAt = time(roundForm.getOpensAt(), "opensAt", errors);
        Instant closesAt = time(roundForm.getClosesAt(), "closesAt", errors);
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            errors.rejectValue("closesAt", "round.closesAt.beforeOpening");
        }
        Majority majority = parse(Majority.class, roundForm.getMajority());
        if (majority == null) {
            errors.rejectValue("majority", "round.majority.invalid");
        }
        int quorum = SearchText.parseIntOr(roundForm.getQuorumPercent(), -1);
        if (quorum < 0 || quorum > 100) {
            errors.rejectValue("quorumPercent", "round.quorum.invalid");
        }
        Weighting weighting = parse(Weighting.class, roundForm.getWeighting());
        if (weighting == null) {
            errors.rejectValue("weighting", "round.weighting.invalid");
        }
        if (!errors.hasErrors() && proposal.getState() != ProposalState.PREPARATION) {
            errors.reject("round.proposal.notReady");
        }
        if (errors.hasErrors()) {
            return proposalPage(user, council, proposal, roundForm, model);
        }
        VotingRound round = councils.openRound(user, council, proposal.getId(), opensAt, closesAt, new Rule(majority, quorum, weighting));
        redirect.addFlashAttribute("flashKey", "round.opened");
        return "redirect:/councils/" + council.service().getCode() + "/rounds/" + round.getId();
    }

    @GetMapping("/councils/{code}/rounds/{roundId}")
    String round(@PathVariable String code, @PathVariable String roundId, Model model) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        VotingRound round = councils.round(council, roundId);
        Proposal proposal = councils.proposal(council, String.valueOf(round.getProposalId()));
        Instant now = Instant.now(clock);
        model.addAttribute("council", council);
        model.addAttribute("proposal", proposal);
        model.addAttribute("round", round);
        model.addAttribute("now", now);
        model.addAttribute("isDelegate", councils.isMember(user, council) && user.hasRole(Roles.COUNCIL_DELEGATE));
        model.addAttribute("ownVote", round.voteOf(user.organisationId()));
        model.addAttribute("choices", Choice.values());
        model.addAttribute("view", new View());
        return "councils/round";
    }

    @PostMapping("/councils/{code}/rounds/{roundId}/vote")
    String vote(@PathVariable String code, @PathVariable String roundId, @RequestParam(required = false) String choice,
                RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        VotingRound round = councils.round(council, roundId);
        Choice chosen = parse(Choice.class, choice);
        try {
            councils.vote(user, council, round.getId(), chosen);
            redirect.addFlashAttribute("flashKey", "round.voted");
        } catch (IllegalStateException | IllegalArgumentException refused) {
            redirect.addFlashAttribute("flashKey", chosen == null ? "round.choice.invalid" : "round.notOpen");
        }
        return "redirect:/councils/" + council.service().getCode() + "/rounds/" + round.getId();
    }

    private static String redirectTo(Council council, Proposal proposal) {
        return "redirect:/councils/" + council.service().getCode() + "/proposals/" + proposal.getId();
    }

    private static String text(String value, int max, String field, BindingResult errors) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.rejectValue(field, "proposal." + field + ".required");
        } else if (text.length() > max) {
            errors.rejectValue(field, "proposal.tooLong", new Object[] {max}, null);
        }
        return text;
    }

    private static Instant time(String value, String field, BindingResult errors) {
        try {
            return LocalDateTime.parse(value == null ? "" : value.strip()).atZone(Councils.STOCKHOLM).toInstant();
        } catch (java.time.DateTimeException | ArithmeticException notATime) {
            errors.rejectValue(field, "round.time.invalid");
            return null;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value.strip().toUpperCase(Locale.ROOT)))
                .findFirst().orElse(null);
    }

    /** Formatting for the templates: kronor from öre, Stockholm time from instants. */
    static class View {
        private static final java.time.format.DateTimeFormatter TIME =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Councils.STOCKHOLM);

        public String kronor(long ore) {
            return Money.format(ore);
        }

        public String time(Instant instant) {
            return instant == null ? "" : TIME.format(instant);
        }
    }
}
