package se.sambruk.core.web;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text from forms, query strings and paths loses its control characters (all but tab and line
 * breaks) before any handler sees it: no one types them, PostgreSQL refuses NUL in text, and an
 * escape sequence has no place in a name or an audit log. JSON bodies are the API's business: its
 * requests are validated and refused instead.
 */
@ControllerAdvice
class TextInput {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\r\\n]]");

    @InitBinder
    void withoutControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null ? null : CONTROL.matcher(text).replaceAll(""));
            }
        });
    }
}
