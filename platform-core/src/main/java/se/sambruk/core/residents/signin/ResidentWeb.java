package se.sambruk.core.residents.signin;

import java.time.ZoneId;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.sambruk.core.residents.CurrentResident;
import se.sambruk.core.residents.ResidentSignInRequired;
import se.sambruk.core.residents.Residents;

/**
 * The residents' pages in Spring MVC: {@link CurrentResident} as a controller method argument,
 * the resident and the session's end for the layout, and {@link ResidentSignInRequired} answered
 * with the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties(ResidentSettings.class)
class ResidentWeb implements WebMvcConfigurer {

    private final ResidentSession session;
    private final ResidentSettings settings;

    ResidentWeb(ResidentSession session, ResidentSettings settings) {
        this.session = session;
        this.settings = settings;
    }

    @Override
    public void addArgumentResolvers(java.util.List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == CurrentResident.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest web,
                                          WebDataBinderFactory binders) {
                HttpServletRequest request = web.getNativeRequest(HttpServletRequest.class);
                return session.current(request).map(SignedInResident::toCurrent).orElseThrow(ResidentSignInRequired::new);
            }
        });
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
                if (page == null || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
                    return;
                }
                page.addObject("residentPages", true);
                session.current(request).ifPresent(resident -> {
                    page.addObject("currentResident", resident.toCurrent());
                    page.addObject("residentSessionEndsAt", session.endsAt(resident).atZone(ZoneId.of("Europe/Stockholm")));
                    page.addObject("residentWarnSeconds", settings.warnBefore().toSeconds());
                });
            }
        }).addPathPatterns("/e-tjanster", "/e-tjanster/**");
    }

    @ControllerAdvice
    static class SignInRequired {

        @ExceptionHandler(ResidentSignInRequired.class)
        String signIn(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return "redirect:" + Residents.signInPath("GET".equals(request.getMethod()) ? path : ReturnPath.HOME);
        }
    }
}
