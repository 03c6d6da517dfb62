package se.sambruk.core.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs, shown at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String SECURITY_SCHEME = "oauth2";

    @Bean
    OpenAPI sambrukOpenApi() {
        OAuthFlow clientCredentials = new OAuthFlow()
                .tokenUrl("/oauth2/token")
                .scopes(new Scopes()
                        .addString("register.read", "Läsa registret: organisationer, tjänster, abonnemang")
                        .addString("register.write", "Ändra registret")
                        .addString("councils.read", "Läsa förvaltningsrådens förslag, omröstningar, beslut och protokoll")
                        .addString("councils.write", "Lämna förslag, stödja förslag och rösta för organisationen i förvaltningsråden"));
        return new OpenAPI()
                .info(new Info()
                        .title("Sambruk Platform API")
                        .description("""
                                Sambruks register för kommunala system: organisationer, medlemskap, tjänstekatalog \
                                och abonnemang. Hämta en token med OAuth2 client credentials från /oauth2/token. \
                                Fel returneras som RFC 9457 problem details.""")
                        .version("v1"))
                .components(new Components().addSecuritySchemes(SECURITY_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.OAUTH2)
                        .flows(new OAuthFlows().clientCredentials(clientCredentials))))
                .addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME, "register.read"));
    }
}
