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
import se.sambruk.core.councils.VoteCounting.TieBreak;
import se.sambruk.core.councils.VoteCounting.Weighting;
import se.sambruk.core.web.SearchText;

/** The steering councils' pages: councils, a council, a proposal with its rounds, a round's result. */
@Controller
class CouncilController {

    private final Councils councils;
    private final CouncilMeetings meetings;
    private final PriorityVoting priorities;
    private final Clock clock;

    CouncilController(Councils councils, CouncilMeetings meetings, PriorityVoting priorities, Clock clock) {
        this.councils = councils;
        this.meetings = meetings;
        this.priorities = priorities;
        this.clock = clock;
    }

    @GetMapping("/councils")
    String list(Model model) {
        CurrentUser user = CurrentUser.require();
        List<Council> all = councils.all();
        model.addAttribute("councils", all);
        // a council is a link only where it opens for the user: never a link to a refusal
        model.addAttribute("followed", all.stream().filter(council -> councils.mayFollow(user, council))
                .map(council -> council.service().getCode()).collect(java.util.stream.Collectors.toSet()));
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
        model.addAttribute("isChair", councils.mayChair(user, council));
        model.addAttribute("settings", councils.settings(council));
        model.addAttribute("meetings", meetings.meetings(council));
        model.addAttribute("priorityRounds", priorities.rounds(council));
        model.addAttribute("paragraphs", paragraphsByRound(council));
        model.addAttribute("now", now);
        model.addAttribute("view", new View());
        return "councils/council";
    }

    /** Where each round's result stands in the minutes: round id → "meeting title §n". */
    private java.util.Map<Long, String> paragraphsByRound(Council council) {
        java.util.Map<Long, String> where = new java.util.HashMap<>();
        for (Meeting meeting : meetings.meetings(council)) {
            for (Meeting.Paragraph paragraph : meeting.getParagraphs()) {
                if (paragraph.getRoundId() != null) {
                    where.put(paragraph.getRoundId(), meeting.getId() + ":" + paragraph.number());
                }
            }
        }
        return where;
    }

    @GetMapping("/councils/{code}/settings")
    String settings(@PathVariable String code, Model model) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        councils.requireStaff(user);
        CouncilSettings settings = councils.settings(council);
        SettingsForm form = new SettingsForm();
        form.setSupportThreshold(settings.getSupportThreshold() == null ? "" : String.valueOf(settings.getSupportThreshold()));
        form.setRoundDays(String.valueOf(settings.getRoundDays()));
        form.setMajority(settings.getMajority().name());
        form.setQuorumPercent(String.valueOf(settings.getQuorumPercent()));
        form.setWeighting(settings.getWeighting().name());
        form.setTieBreak(settings.getTieBreak().name());
        form.setChair(settings.getChairUserId() == null ? "" : String.valueOf(settings.getChairUserId()));
        return settingsPage(council, form, model);
    }

    private String settingsPage(Council council, SettingsForm form, Model model) {
        model.addAttribute("council", council);
        model.addAttribute("settingsForm", form);
        model.addAttribute("candidates", councils.chairCandidates(council));
        model.addAttribute("majorities", Majority.values());
        model.addAttribute("weightings", Weighting.values());
        model.addAttribute("tieBreaks", TieBreak.values());
        return "councils/settings";
    }

    @PostMapping("/councils/{code}/settings")
    String changeSettings(@PathVariable String code, @ModelAttribute SettingsForm settingsForm, BindingResult errors, Model model,
                          RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        councils.requireStaff(user);
        String thresholdText = settingsForm.getSupportThreshold() == null ? "" : settingsForm.getSupportThreshold().strip();
        Integer threshold = thresholdText.isEmpty() ? null : SearchText.parseIntOr(thresholdText, -1);
        if (threshold != null && threshold < 1) {
            errors.rejectValue("supportThreshold", "council.threshold.invalid");
        }
        int days = SearchText.parseIntOr(settingsForm.getRoundDays(), -1);
        if (days < 1 || days > 90) {
            errors.rejectValue("roundDays", "council.roundDays.invalid");
        }
        Rule rule = rule(settingsForm.getMajority(), settingsForm.getQuorumPercent(), settingsForm.getWeighting(),
                settingsForm.getTieBreak(), errors);
        String chairText = settingsForm.getChair() == null ? "" : settingsForm.getChair().strip();
        Long chair = chairText.isEmpty() ? null : Councils.parseId(chairText).orElse(-1L);
        if (chair != null && councils.chairCandidates(council).stream().noneMatch(candidate -> candidate.getId().equals(chair))) {
            errors.rejectValue("chair", "council.chair.invalid");
        }
        if (errors.hasErrors()) {
            return settingsPage(council, settingsForm, model);
        }
        councils.changeSettings(user, council, threshold, days, rule, chair);
        redirect.addFlashAttribute("flashKey", "council.settings.saved");
        return "redirect:/councils/" + council.service().getCode();
    }

    private static Rule rule(String majorityText, String quorumText, String weightingText, String tieBreakText, BindingResult errors) {
        Majority majority = parse(Majority.class, majorityText);
        if (majority == null) {
            errors.rejectValue("majority", "round.majority.invalid");
        }
        int quorum = SearchText.parseIntOr(quorumText, -1);
        if (quorum < 0 || quorum > 100) {
            errors.rejectValue("quorumPercent", "round.quorum.invalid");
        }
        Weighting weighting = parse(Weighting.class, weightingText);
        if (weighting == null) {
            errors.rejectValue("weighting", "round.weighting.invalid");
        }
        TieBreak tieBreak = parse(TieBreak.class, tieBreakText);
        if (tieBreak == null) {
            errors.rejectValue("tieBreak", "round.tieBreak.invalid");
        }
        return errors.hasErrors() ? null : new Rule(majority, quorum, weighting, tieBreak);
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
        String title = CouncilForms.text(proposalForm.getTitle(), 200, "proposal", "title", errors);
        String description = CouncilForms.text(proposalForm.getDescription(), 4000, "proposal", "description", errors);
        String benefit = CouncilForms.text(proposalForm.getBenefit(), 4000, "proposal", "benefit", errors);
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
        model.addAttribute("commentForm", new CommentForm());
        return proposalPage(user, council, proposal, roundForm, model);
    }

    @PostMapping("/councils/{code}/proposals/{proposalId}/comments")
    String comment(@PathVariable String code, @PathVariable String proposalId, @ModelAttribute CommentForm commentForm,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        Proposal proposal = councils.proposal(council, proposalId);
        String text = commentForm.getText() == null ? "" : commentForm.getText().strip();
        if (text.isEmpty()) {
            errors.rejectValue("text", "comment.text.required");
        } else if (text.length() > 4000) {
            errors.rejectValue("text", "proposal.tooLong", new Object[] {4000}, null);
        }
        if (errors.hasErrors()) {
            if (!councils.isMember(user, council) && !councils.mayChair(user, council)) {
                throw new org.springframework.security.access.AccessDeniedException("not a member organisation");
            }
            model.addAttribute("roundForm", new RoundForm());
            return proposalPage(user, council, proposal, new RoundForm(), model);
        }
        councils.comment(user, council, proposal.getId(), text);
        redirect.addFlashAttribute("flashKey", "comment.added");
        return redirectTo(council, proposal) + "#comments";
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
        model.addAttribute("isChair", councils.mayChair(user, council));
        model.addAttribute("comments", councils.comments(proposal));
        model.addAttribute("tieBreaks", TieBreak.values());
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
        councils.requireChair(user, council);
        Instant opensAt = CouncilForms.time(roundForm.getOpensAt(), "opensAt", errors);
        Instant closesAt = CouncilForms.time(roundForm.getClosesAt(), "closesAt", errors);
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            errors.rejectValue("closesAt", "round.closesAt.beforeOpening");
        }
        Rule rule = rule(roundForm.getMajority(), roundForm.getQuorumPercent(), roundForm.getWeighting(), roundForm.getTieBreak(), errors);
        if (!errors.hasErrors() && proposal.getState() != ProposalState.PREPARATION) {
            errors.reject("round.proposal.notReady");
        }
        if (errors.hasErrors()) {
            model.addAttribute("commentForm", new CommentForm());
            return proposalPage(user, council, proposal, roundForm, model);
        }
        VotingRound round = councils.openRound(user, council, proposal.getId(), opensAt, closesAt, rule);
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
        model.addAttribute("ownProxy", round.proxyOf(user.organisationId()).orElse(null));
        model.addAttribute("heldProxies", round.proxiesHeldBy(user.organisationId()));
        model.addAttribute("memberNames", council.members().stream()
                .collect(java.util.stream.Collectors.toMap(Councils.Member::id, Councils.Member::name)));
        model.addAttribute("otherMembers", council.members().stream().filter(member -> member.id() != user.organisationId()).toList());
        model.addAttribute("choices", Choice.values());
        model.addAttribute("view", new View());
        return "councils/round";
    }

    @PostMapping("/councils/{code}/rounds/{roundId}/vote")
    String vote(@PathVariable String code, @PathVariable String roundId, @RequestParam(required = false) String choice,
                @RequestParam(name = "for", required = false) String forOrganisation, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        VotingRound round = councils.round(council, roundId);
        Choice chosen = parse(Choice.class, choice);
        Long forId = forOrganisation == null || forOrganisation.isBlank() ? null : Councils.parseId(forOrganisation).orElse(-1L);
        try {
            councils.vote(user, council, round.getId(), chosen, forId);
            redirect.addFlashAttribute("flashKey", "round.voted");
        } catch (IllegalStateException | IllegalArgumentException refused) {
            redirect.addFlashAttribute("flashKey", chosen == null ? "round.choice.invalid" : refused.getMessage());
        }
        return "redirect:/councils/" + council.service().getCode() + "/rounds/" + round.getId();
    }

    @PostMapping("/councils/{code}/rounds/{roundId}/proxy")
    String proxy(@PathVariable String code, @PathVariable String roundId, @RequestParam(required = false) String to,
                 RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        Council council = councils.follow(user, code);
        VotingRound round = councils.round(council, roundId);
        try {
            if (to == null || to.isBlank()) {
                councils.withdrawProxy(user, council, round.getId());
                redirect.addFlashAttribute("flashKey", "round.proxy.withdrawn");
            } else {
                councils.giveProxy(user, council, round.getId(), Councils.parseId(to).orElse(-1L));
                redirect.addFlashAttribute("flashKey", "round.proxy.given.ok");
            }
        } catch (IllegalStateException | IllegalArgumentException refused) {
            redirect.addFlashAttribute("flashKey", refused.getMessage());
        }
        return "redirect:/councils/" + council.service().getCode() + "/rounds/" + round.getId();
    }

    private static String redirectTo(Council council, Proposal proposal) {
        return "redirect:/councils/" + council.service().getCode() + "/proposals/" + proposal.getId();
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
