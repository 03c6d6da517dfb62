package se.sambruk.sweeps;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.beans.BeanUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * One handler method at one path pattern and HTTP method, as Spring MVC maps it (controllers,
 * the API, springdoc, actuator), with the inputs its signature asks for: path variables,
 * request parameters, form fields ({@code @ModelAttribute} objects) and JSON body fields.
 */
record Endpoint(HttpMethod method, String pattern, HandlerMethod handler) {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\*?)([^}:]+)(?::[^}]*)?}");
    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    /** Every endpoint of every request-mapping handler mapping in the application, in a stable order. */
    static List<Endpoint> all(ApplicationContext context) {
        Set<Endpoint> endpoints = new LinkedHashSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> endpoints.addAll(of(info, handler)));
        }
        return endpoints.stream().sorted(Comparator.comparing(Endpoint::toString)).toList();
    }

    private static List<Endpoint> of(RequestMappingInfo info, HandlerMethod handler) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        // a mapping without methods answers them all; GET is the one browsers and links use
        Collection<HttpMethod> httpMethods = methods.isEmpty() ? List.of(HttpMethod.GET)
                : methods.stream().map(RequestMethod::asHttpMethod).toList();
        return info.getPatternValues().stream()
                .flatMap(pattern -> httpMethods.stream().map(method -> new Endpoint(method, pattern, handler)))
                .toList();
    }

    boolean isApi() {
        return pattern.startsWith("/api/");
    }

    /**
     * A resident page: below {@code /e-tjanster}, the core's and every service's e-service, where only
     * a resident signed in with e-legitimation gets in (the sweeps use one for these).
     */
    boolean isResidentPage() {
        return pattern.equals(se.sambruk.core.residents.EService.BASE_PATH)
                || pattern.startsWith(se.sambruk.core.residents.EService.BASE_PATH + "/");
    }

    boolean isOperations() {
        return pattern.equals("/actuator") || pattern.startsWith("/actuator/");
    }

    List<String> pathVariables() {
        return VARIABLE.matcher(pattern).results().map(match -> match.group(2)).toList();
    }

    /** The path with each variable replaced by {@code value.apply(name)} (already URL-encoded) and wildcards by a plain segment. */
    String path(UnaryOperator<String> value) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String replacement = (matcher.group(1).isEmpty() ? "" : "/") + value.apply(matcher.group(2));
            matcher.appendReplacement(path, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(path);
        return path.toString().replace("/**", "").replace("*", "x");
    }

    /** The record or form the path variable before {@code {name}} names, such as {@code users} in {@code /org/users/{id}}. */
    String collectionOf(String variable) {
        String before = pattern.substring(0, pattern.indexOf("{" + variable));
        String[] segments = before.split("/");
        return segments.length == 0 ? "" : segments[segments.length - 1];
    }

    /** Names of query or form parameters: {@code @RequestParam}s, plain scalar arguments, and the fields of form objects. */
    List<String> parameters() {
        return parameterStream().toList();
    }

    /** Names of the JSON body's fields; empty when the handler takes no {@code @RequestBody}. */
    List<String> bodyFields() {
        return !hasBody() ? List.of() : arguments().filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
                .flatMap(parameter -> Map.class.isAssignableFrom(parameter.getParameterType())
                        ? Stream.of("value") : fields(parameter.getParameterType()).stream())
                .toList();
    }

    /** Whether the handler reads a request body; a GET carries none (the actuator's handlers take an optional one). */
    boolean hasBody() {
        return method != HttpMethod.GET && arguments().anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class));
    }

    boolean takesInput() {
        return !pathVariables().isEmpty() || !parameters().isEmpty() || hasBody();
    }

    @Override
    public String toString() {
        return method.name() + " " + pattern;
    }

    private Stream<String> parameterStream() {
        return arguments().flatMap(parameter -> {
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                return Map.class.isAssignableFrom(parameter.getParameterType()) ? Stream.empty()
                        : Stream.of(requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name());
            }
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                return fields(type).stream();
            }
            if (parameter.hasParameterAnnotation(RequestBody.class) || boundFromElsewhere(parameter)) {
                return Stream.empty();
            }
            if (isApplicationType(type) && !isScalar(type)) { // a form object without @ModelAttribute
                return fields(type).stream();
            }
            return isScalar(type) ? Stream.of(parameter.getParameterName()) : Stream.empty();
        });
    }

    private Stream<MethodParameter> arguments() {
        return Arrays.stream(handler.getMethodParameters()).map(parameter -> {
            parameter.initParameterNameDiscovery(NAMES);
            return parameter;
        });
    }

    /** Path variables, headers, cookies, configuration values, the signed-in user: not parameters. */
    private static boolean boundFromElsewhere(MethodParameter parameter) {
        return Arrays.stream(parameter.getParameterAnnotations())
                .map(annotation -> annotation.annotationType().getPackageName())
                .anyMatch(name -> name.equals("org.springframework.web.bind.annotation")
                        || name.startsWith("org.springframework.beans") || name.startsWith("org.springframework.security"));
    }

    private static List<String> fields(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        return Arrays.stream(BeanUtils.getPropertyDescriptors(type))
                .filter(property -> property.getWriteMethod() != null)
                .map(PropertyDescriptor::getName)
                .toList();
    }

    private static boolean isApplicationType(Class<?> type) {
        return type.getPackageName().startsWith("se.sambruk");
    }

    private static boolean isScalar(Class<?> type) {
        Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
        return boxed == String.class || Number.class.isAssignableFrom(boxed) || boxed == Boolean.class || boxed == Character.class
                || type.isEnum() || Temporal.class.isAssignableFrom(type) || type == UUID.class;
    }
}
