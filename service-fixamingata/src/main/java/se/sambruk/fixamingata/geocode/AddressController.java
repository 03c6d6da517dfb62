package se.sambruk.fixamingata.geocode;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import se.sambruk.core.geo.Geocoder;

/**
 * Address search without JavaScript: a GET form that lists the places found; each continues to
 * the report form (or an area alert) with the point set. Hidden when no geocoder is configured.
 */
@Controller
class AddressController {

    static final int MAX_LENGTH = 200;

    private final Geocoder geocoder;

    AddressController(Geocoder geocoder) {
        this.geocoder = geocoder;
    }

    @GetMapping("/fixamingata/adress")
    String search(@RequestParam(required = false) String q, Model model) {
        if (!geocoder.enabled()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("q", q);
        if (q == null) {
            return "fixamingata/address";
        }
        String text = q.strip();
        if (text.isEmpty()) {
            model.addAttribute("addressError", "fmg.address.missing");
        } else if (text.length() > MAX_LENGTH || text.chars().anyMatch(Character::isISOControl)) {
            model.addAttribute("addressError", "fmg.address.invalid");
        } else {
            try {
                List<Geocoder.Place> places = geocoder.search(text);
                model.addAttribute("places", places);
                if (places.isEmpty()) {
                    model.addAttribute("addressError", "fmg.address.none");
                }
            } catch (Geocoder.Unavailable unavailable) {
                model.addAttribute("addressError", "fmg.address.unavailable");
            }
        }
        return "fixamingata/address";
    }
}
