package se.sambruk.core.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff's start page: the register's administration at a glance. */
@Controller
class AdminController {

    @GetMapping("/admin")
    String dashboard() {
        return "admin/index";
    }
}
