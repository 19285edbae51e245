package org.troika.graph.ui;

/** The picture formats the canvas exports. */
public enum ImageFormat {

    /** A bitmap at twice the screen's resolution, of the whole scene. */
    PNG("png"),

    /** A vector drawing of the whole scene. */
    SVG("svg");

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
