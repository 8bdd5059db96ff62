package dev.lede.image;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Benchmark (bench/media.sh), not a test: a cold rendition as the first request for it makes one, on one thread
 * with a warm JIT: decode a 1,600-pixel JPEG, scale it to 640, encode it at the default quality. Prints the
 * median and 90th percentile of each step and of the whole.
 */
public final class RenditionSpeed {
    private RenditionSpeed() {
    }

    public static void main(String[] args) throws Exception {
        // a picture with detail everywhere (hundreds of overlapping shapes) unless a file is named
        byte[] jpeg = args.length > 0 ? Files.readAllBytes(Path.of(args[0])) : TestImages.jpeg(TestImages.photo(1600, 1067, 42));
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        RenditionSpec spec = new RenditionSpec(640, null, RenditionSpec.Fit.COVER, ImageFormat.JPEG, 80);
        for (int i = 0; i < 40; i++) {
            Renderer.render(jpeg, ImageFormat.JPEG, FocalPoint.CENTRE, spec, 1920); // JIT warm-up
        }
        int runs = 100;
        double[] decode = new double[runs];
        double[] whole = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Decoder.decode(jpeg, ImageFormat.JPEG);
            long decoded = System.nanoTime();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            Renderer.render(jpeg, ImageFormat.JPEG, FocalPoint.CENTRE, spec, 1920);
            long rendered = System.nanoTime();
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6;
            decode[i] = (decoded - start) / 1e6;
            whole[i] = (rendered - decoded) / 1e6;
        }
        System.out.printf("1600 px JPEG (%d bytes) -> 640 px JPEG q80, %d runs: whole rendition median %.1f ms, p90 %.1f ms "
                        + "(CPU time of the thread: median %.1f ms); of which decoding median %.1f ms%n", jpeg.length, runs,
                percentile(whole, 50), percentile(whole, 90), percentile(cpu, 50), percentile(decode, 50));
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
    }
}
