package org.troika.exchange;

/** A written export: its file name (for {@code Content-Disposition}), content type and bytes. */
public record Export(String fileName, String contentType, byte[] content) {
}
