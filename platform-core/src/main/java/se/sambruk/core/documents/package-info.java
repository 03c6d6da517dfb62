/**
 * Documents for every module: one CSV writer and one XLSX writer (both with the formula guard),
 * downloads in one line ({@link se.sambruk.core.documents.Downloads}), reading uploaded CSV and
 * XLSX files row by row with per-row errors ({@link se.sambruk.core.documents.TableReader}),
 * PDF documents ({@link se.sambruk.core.documents.PdfDocument}) and attachments stored per
 * organisation ({@link se.sambruk.core.documents.Attachments}). A named interface of the core:
 * services use these types directly.
 */
@org.springframework.modulith.NamedInterface("documents")
package se.sambruk.core.documents;
