/**
 * Outgoing HTTP to addresses users set (a municipality's Open311 or ServiceNow back-end, an SS
 * 12000 source, a SCIM supplier, federation metadata) and operators set (the geocoder): {@link
 * se.sambruk.core.http.OutgoingUrls} refuses loopback, link-local, private, unspecified, multicast
 * and cloud-metadata addresses after DNS resolution, at save time and before every request, and
 * never follows a redirect. {@link se.sambruk.core.http.RemoteAnswers} turns a failed call into a
 * short, safe reason to show: never the remote server's body.
 */
@org.springframework.modulith.NamedInterface("http")
package se.sambruk.core.http;
