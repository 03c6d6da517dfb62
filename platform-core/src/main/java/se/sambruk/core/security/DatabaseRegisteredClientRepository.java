package se.sambruk.core.security;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authorization server's view of the machine clients that staff registered. Clients are
 * created on the staff pages (with the organisation they act for), not through this interface.
 */
@Component
class DatabaseRegisteredClientRepository implements RegisteredClientRepository {

    private final ApiClients clients;
    private final SecuritySettings settings;

    DatabaseRegisteredClientRepository(ApiClients clients, SecuritySettings settings) {
        this.clients = clients;
        this.settings = settings;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new IllegalStateException("Machine clients are registered on the staff pages (/admin/clients)");
    }

    @Override
    @Transactional(readOnly = true)
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    @Transactional(readOnly = true)
    public RegisteredClient findByClientId(String clientId) {
        return clients.findByClientId(clientId).filter(ApiClient::isEnabled).map(this::toRegisteredClient).orElse(null);
    }

    private RegisteredClient toRegisteredClient(ApiClient client) {
        return RegisteredClient.withId(client.getClientId())
                .clientId(client.getClientId())
                .clientSecret(client.getSecretHash())
                .clientName(client.getName())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(client.scopeSet()))
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(settings.accessTokenTtl()).build())
                .build();
    }
}
