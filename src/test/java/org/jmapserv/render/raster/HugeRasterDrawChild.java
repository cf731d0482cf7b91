package org.jmapserv.render.raster;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.jmapserv.image.raster.RasterBlockCache;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderRequest;

/**
 * Run in a JVM of its own by {@link DrawsAHugeRasterWithItsBlocksOffTheHeapTest}: draws each mapfile given, in
 * order, writes the last PNG to {@code out} and prints, per draw, the blocks decoded and the bytes the block cache
 * holds, then the peak heap.
 */
public final class HugeRasterDrawChild {

    private HugeRasterDrawChild() {
    }

    public static void main(String[] args) throws Exception {
        MapRenderer renderer = MapRenderer.standard();
        Path out = Path.of(args[0]);
        RasterBlockCache cache = RasterBlockCache.shared(null);
        StringBuilder report = new StringBuilder();
        for (int i = 1; i < args.length; i++) {
            long before = cache.decodes();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            renderer.render(new MapfileReader().read(Path.of(args[i])), RenderRequest.defaults()).write(png);
            Files.write(out, png.toByteArray());
            report.append("draw ").append(i).append(" decoded ").append(cache.decodes() - before)
                    .append(" cached ").append(cache.bytes()).append('\n');
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        report.append("budget ").append(cache.budget()).append('\n');
        report.append("peak heap ").append(peak).append(" of ").append(Runtime.getRuntime().maxMemory()).append('\n');
        report.append("png ").append(ImageIO.read(out.toFile()) != null);
        System.out.println(report);
    }
}
