package se.sambruk.core;

/** What an audit entry records. Message key: {@code audit.action.NAME}. */
public enum AuditAction {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    LOGOUT,
    ACCOUNT_LOCKED,
    LOGIN_THROTTLED,
    ACCESS_DENIED,
    PERSONAL_DATA_READ,
    PERSONAL_DATA_CHANGED,
    REGISTER_CHANGED,
    CLIENT_REGISTERED,
    TOKEN_ISSUED,
    /** A resident signed a document with e-legitimation. */
    DOCUMENT_SIGNED
}
