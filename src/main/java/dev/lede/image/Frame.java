package dev.lede.image;

import java.awt.Rectangle;

/**
 * The geometry of a rendition: which part of the original it shows and at what size. A cover crop is the
 * largest region of the asked shape, placed so that the focal point is as near its centre as the edges allow.
 */
record Frame(Rectangle region, int width, int height) {

    static Frame of(int originalWidth, int originalHeight, FocalPoint focus, RenditionSpec spec, int maxWidth) {
        Rectangle whole = new Rectangle(0, 0, originalWidth, originalHeight);
        if (spec.height() == null) {
            int width = Math.min(spec.width() == null ? maxWidth : spec.width(), originalWidth);
            return new Frame(whole, width, Math.max(1, Math.round(originalHeight * (float) width / originalWidth)));
        }
        if (spec.fit() == RenditionSpec.Fit.CONTAIN) {
            double scale = Math.min(1,
                    Math.min(spec.width() / (double) originalWidth, spec.height() / (double) originalHeight));
            return new Frame(whole, Math.max(1, (int) Math.round(originalWidth * scale)),
                    Math.max(1, (int) Math.round(originalHeight * scale)));
        }
        Rectangle region = crop(originalWidth, originalHeight, focus, spec.width() / (double) spec.height());
        return region.width >= spec.width()
                ? new Frame(region, spec.width(), spec.height())
                : new Frame(region, region.width, region.height);
    }

    private static Rectangle crop(int width, int height, FocalPoint focus, double shape) {
        int cropWidth = width;
        int cropHeight = height;
        if (width / (double) height > shape) {
            cropWidth = Math.max(1, (int) Math.round(height * shape));
        } else {
            cropHeight = Math.max(1, (int) Math.round(width / shape));
        }
        int left = clamp((int) Math.round(focus.x() * width - cropWidth / 2.0), width - cropWidth);
        int top = clamp((int) Math.round(focus.y() * height - cropHeight / 2.0), height - cropHeight);
        return new Rectangle(left, top, cropWidth, cropHeight);
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }

    boolean isWhole(int originalWidth, int originalHeight) {
        return region.x == 0 && region.y == 0 && region.width == originalWidth && region.height == originalHeight
                && width == originalWidth && height == originalHeight;
    }
}
