package org.quiverdb.bench.side;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Draws the throughput ratios (Quiver/Neo4j) as a PNG of horizontal bars on a log scale from
 * 1/100 to 100, with the parity line at 1 and each workload's goal (2x reads, 3x writes) marked.
 * Green bars meet the goal, orange beat parity, red fall below it; an unsupported workload is a
 * grey label. Needs no display ({@code java.awt.headless}). Stateless.
 */
final class RatioChart {
    private static final int LABEL_WIDTH = 300;
    private static final int PLOT_WIDTH = 560;
    private static final int ROW = 28;
    private static final int TOP = 60;
    private static final double DECADES = 4; // 0.01 .. 100

    private RatioChart() {}

    static void write(RunReport report, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        int height = TOP + ROW * report.workloads().size() + 40;
        BufferedImage image = new BufferedImage(LABEL_WIDTH + PLOT_WIDTH + 80, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), height);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString("Throughput Quiver / Neo4j, profile " + report.profile() + " (log scale)", 10, 24);
            axis(g, height);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            int y = TOP;
            for (WorkloadOutcome outcome : report.workloads()) {
                row(g, outcome, y);
                y += ROW;
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", file.toFile());
    }

    private static void axis(Graphics2D g, int height) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (double tick : new double[] {0.01, 0.1, 1, 10, 100}) {
            int x = x(tick);
            g.setColor(tick == 1 ? Color.BLACK : Color.LIGHT_GRAY);
            g.drawLine(x, TOP - 8, x, height - 30);
            g.setColor(Color.DARK_GRAY);
            g.drawString(
                    String.format(Locale.ROOT, "%sx", tick < 1 ? Double.toString(tick) : (int) tick),
                    x - 12,
                    height - 14);
        }
    }

    private static void row(Graphics2D g, WorkloadOutcome outcome, int y) {
        g.setColor(Color.BLACK);
        g.drawString(outcome.name(), 10, y + 16);
        Optional<Double> ratio = outcome.throughputRatio();
        if (ratio.isEmpty()) {
            g.setColor(Color.GRAY);
            g.drawString("unsupported on " + String.join(", ", outcome.errors().keySet()), x(1) + 6, y + 16);
            return;
        }
        double r = ratio.get();
        int from = x(1);
        int to = x(r);
        g.setColor(
                r >= outcome.goal()
                        ? new Color(46, 160, 67)
                        : r >= 1 ? new Color(230, 140, 20) : new Color(210, 50, 50));
        g.fillRect(Math.min(from, to), y + 4, Math.max(2, Math.abs(to - from)), ROW - 10);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2));
        int goal = x(outcome.goal());
        g.drawLine(goal, y + 2, goal, y + ROW - 4);
        g.drawString(String.format(Locale.ROOT, "%.3gx", r), Math.max(from, to) + 8, y + 16);
    }

    /** The x pixel of a ratio, clamped to the plot. */
    private static int x(double ratio) {
        double decades = Math.log10(Math.max(1e-2, Math.min(1e2, ratio))) + DECADES / 2;
        return LABEL_WIDTH + (int) Math.round(decades / DECADES * PLOT_WIDTH);
    }
}
