package se.sambruk.bibblix.loan;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.bibblix.library.Libraries;

/**
 * Signing in with the library card, borrowing, "my loans" and opening a loan. Public paths (see
 * PublicEndpoints); who may do what is decided here by the child in the session, and a loan that
 * is not the card's own answers as if it did not exist.
 */
@Controller
class LoanController {

    static final Pattern CARD = Pattern.compile("[0-9A-Za-z]{4,20}");
    static final Pattern PIN = Pattern.compile("[0-9A-Za-z]{4,12}");

    private final Borrowing borrowing;
    private final Libraries libraries;

    LoanController(Borrowing borrowing, Libraries libraries) {
        this.borrowing = borrowing;
        this.libraries = libraries;
    }

    @GetMapping("/bibblix/logga-in")
    String signInForm(@RequestParam(name = "bok", required = false) Long book, Model model) {
        model.addAttribute("libraries", libraries.all());
        model.addAttribute("book", book);
        return "bibblix/sign-in";
    }

    @PostMapping("/bibblix/logga-in")
    String signIn(@RequestParam(name = "bibliotek", required = false) Long library, @RequestParam(name = "kort", required = false) String card,
                  @RequestParam(name = "pin", required = false) String pin, @RequestParam(name = "bok", required = false) Long book,
                  HttpServletRequest request, Model model) {
        String cardText = card == null ? "" : card.replace(" ", "").strip();
        String pinText = pin == null ? "" : pin.strip();
        model.addAttribute("libraries", libraries.all());
        model.addAttribute("book", book);
        model.addAttribute("library", library);
        model.addAttribute("card", cardText.length() > 20 ? "" : cardText);
        if (library == null) {
            model.addAttribute("libraryError", "bibblix.signIn.library.missing");
        }
        if (!CARD.matcher(cardText).matches()) {
            model.addAttribute("cardError", "bibblix.signIn.card.invalid");
        }
        if (!PIN.matcher(pinText).matches()) {
            model.addAttribute("pinError", "bibblix.signIn.pin.invalid");
        }
        if (model.containsAttribute("libraryError") || model.containsAttribute("cardError") || model.containsAttribute("pinError")) {
            return "bibblix/sign-in";
        }
        Borrowing.SignInResult result = borrowing.signIn(library, cardText, pinText);
        if (result.outcome() != Borrowing.SignIn.OK) {
            model.addAttribute("failure", "bibblix.signIn.failure." + result.outcome());
            return "bibblix/sign-in";
        }
        ChildSession.signIn(request, result.child());
        return book == null ? "redirect:/bibblix/mina-lan" : "redirect:/bibblix/bocker/" + book;
    }

    @PostMapping("/bibblix/logga-ut")
    String signOut(HttpServletRequest request) {
        ChildSession.signOut(request);
        return "redirect:/bibblix";
    }

    @PostMapping("/bibblix/bocker/{id}/lana")
    String borrow(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        Child child = ChildSession.current(request).orElse(null);
        if (child == null) {
            return "redirect:/bibblix/logga-in?bok=" + id;
        }
        Borrowing.Result result = borrowing.borrow(child, id);
        if (result.outcome() == Borrowing.Outcome.NO_TITLE) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (result.outcome() == Borrowing.Outcome.OK) {
            redirect.addFlashAttribute("flashKey", "bibblix.borrow.ok");
            return "redirect:/bibblix/mina-lan";
        }
        redirect.addFlashAttribute("borrowProblem", "bibblix.borrow." + result.outcome());
        return "redirect:/bibblix/bocker/" + id;
    }

    @GetMapping("/bibblix/mina-lan")
    String myLoans(HttpServletRequest request, Model model) {
        Child child = ChildSession.current(request).orElse(null);
        if (child == null) {
            return "redirect:/bibblix/logga-in";
        }
        model.addAttribute("child", child);
        model.addAttribute("loans", borrowing.loans(child));
        model.addAttribute("loansLeft", borrowing.loansLeftThisWeek(child));
        return "bibblix/loans";
    }

    /** Opens the book at the supplier: the loan's delivery link, for the card's own active loan only. */
    @GetMapping("/bibblix/lan/{id}/las")
    String read(@PathVariable long id, HttpServletRequest request) {
        Child child = ChildSession.current(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Loan loan = borrowing.activeLoan(child, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:" + loan.deliveryUrl();
    }
}
