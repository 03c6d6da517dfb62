package se.sambruk.bibblix.catalogue;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import se.sambruk.bibblix.loan.Borrowing;
import se.sambruk.bibblix.loan.Child;
import se.sambruk.bibblix.loan.ChildSession;

/**
 * The children's pages: public (children have no platform account), no tracking, no outside
 * resources. Categories, age ranges, book pages and search.
 */
@Controller
class ChildrenController {

    private static final int PAGE = 60;

    private final Catalogue catalogue;
    private final TitleSearch search;
    private final Borrowing borrowing;

    ChildrenController(Catalogue catalogue, TitleSearch search, Borrowing borrowing) {
        this.catalogue = catalogue;
        this.search = search;
        this.borrowing = borrowing;
    }

    @GetMapping("/bibblix")
    String start(HttpServletRequest request, Model model) {
        model.addAttribute("categories", catalogue.categories());
        model.addAttribute("bands", AgeBand.values());
        model.addAttribute("featured", catalogue.featured());
        child(request, model);
        return "bibblix/start";
    }

    @GetMapping("/bibblix/kategorier/{slug}")
    String category(@PathVariable String slug, @RequestParam(name = "alder", required = false) String age, HttpServletRequest request, Model model) {
        Category category = catalogue.category(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        AgeBand band = age == null || age.isBlank() ? null : AgeBand.bySlug(age).orElse(null);
        model.addAttribute("category", category);
        model.addAttribute("band", band);
        model.addAttribute("bands", AgeBand.values());
        model.addAttribute("titles", catalogue.inCategory(category.id(), band, PAGE));
        child(request, model);
        return "bibblix/category";
    }

    @GetMapping("/bibblix/alder/{band}")
    String band(@PathVariable String band, HttpServletRequest request, Model model) {
        AgeBand ages = AgeBand.bySlug(band).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("band", ages);
        model.addAttribute("categories", catalogue.categories());
        model.addAttribute("titles", catalogue.inBand(ages, PAGE));
        child(request, model);
        return "bibblix/band";
    }

    @GetMapping("/bibblix/sok")
    String search(@RequestParam(required = false) String q, @RequestParam(name = "alder", required = false) String age,
                  HttpServletRequest request, Model model) {
        String query = q == null ? "" : q.strip();
        if (query.length() > TitleSearch.MAX_QUERY) {
            query = query.substring(0, TitleSearch.MAX_QUERY);
        }
        AgeBand band = age == null || age.isBlank() ? null : AgeBand.bySlug(age).orElse(null);
        model.addAttribute("q", query);
        model.addAttribute("band", band);
        model.addAttribute("bands", AgeBand.values());
        model.addAttribute("titles", query.isEmpty() ? List.of() : search.search(query, band, 30));
        child(request, model);
        return "bibblix/search";
    }

    @GetMapping("/bibblix/bocker/{id}")
    String book(@PathVariable long id, HttpServletRequest request, Model model) {
        Title title = catalogue.visible(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("book", title);
        model.addAttribute("category", title.categoryId() == null ? null : catalogue.category(title.categoryId()).orElse(null));
        model.addAttribute("easier", title.easierTitleId() == null ? null : catalogue.visible(title.easierTitleId()).orElse(null));
        Optional<Child> child = child(request, model);
        model.addAttribute("borrowed", child.map(c -> borrowing.loans(c).stream().filter(l -> l.active() && l.titleId() == id).findFirst().orElse(null))
                .orElse(null));
        return "bibblix/book";
    }

    private Optional<Child> child(HttpServletRequest request, Model model) {
        Optional<Child> child = ChildSession.current(request);
        model.addAttribute("child", child.orElse(null));
        child.ifPresent(c -> model.addAttribute("loansLeft", borrowing.loansLeftThisWeek(c)));
        return child;
    }
}
