package org.empathylint.audit;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.util.Map;
import org.empathylint.FindingCategory;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/** The report's charts, drawn by JFreeChart onto JFreeSVG's SVG canvas, as inline SVG elements. */
final class Charts {
  /** Share of Dutch customer-service conversations without empathy, the reference of the audit. */
  static final double REFERENCE_SHARE = 0.51;
  private static final Color OURS = new Color(0x2f6f9f);
  private static final Color REFERENCE = new Color(0xb0413e);
  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  private Charts() {
  }

  /** Horizontal bars: the share of replies with each category, 0-100 %. */
  static String categoryShares(CategoryCounts total) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    CategoryCounts.reported(total).keySet().forEach(category ->
        data.addValue(100 * total.share(category), "replies", CategoryNames.of(category)));
    JFreeChart chart = ChartFactory.createBarChart(null, null, "% of replies", data,
        PlotOrientation.HORIZONTAL, false, false, false);
    styleBars(chart, 100);
    return svg(chart, "categories", 760, 300);
  }

  /** The share of replies without acknowledgement, overall and per language, against the reference. */
  static String acknowledgement(CategoryCounts total, Map<String, CategoryCounts> byLanguage) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    data.addValue(100 * total.share(FindingCategory.MISSING_ACKNOWLEDGEMENT), "replies", "Your replies");
    if (byLanguage.size() > 1) {
      byLanguage.forEach((language, counts) -> data.addValue(
          100 * counts.share(FindingCategory.MISSING_ACKNOWLEDGEMENT), "replies", "Your replies (" + language + ")"));
    }
    data.addValue(100 * REFERENCE_SHARE, "replies", "Dutch customer service");
    JFreeChart chart = ChartFactory.createBarChart(null, null, "% without acknowledgement", data,
        PlotOrientation.HORIZONTAL, false, false, false);
    int reference = data.getColumnCount() - 1;
    chart.getCategoryPlot().setRenderer(new BarRenderer() {
      @Override
      public Paint getItemPaint(int row, int column) {
        return column == reference ? REFERENCE : OURS;
      }
    });
    styleBars(chart, 100);
    return svg(chart, "ack", 760, 60 + 45 * data.getColumnCount());
  }

  /** One line per category: its share of replies per month, with the reference as a line. */
  static String trend(Map<String, CategoryCounts> byMonth) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    byMonth.forEach((month, counts) -> CategoryCounts.reported(counts).keySet().forEach(category ->
        data.addValue(100 * counts.share(category), CategoryNames.of(category), month)));
    JFreeChart chart = ChartFactory.createLineChart(null, null, "% of replies", data,
        PlotOrientation.VERTICAL, true, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
    LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
    renderer.setDefaultShapesVisible(true);
    for (int i = 0; i < data.getRowCount(); i++) {
      boolean acknowledgement = data.getRowKey(i).equals(CategoryNames.of(FindingCategory.MISSING_ACKNOWLEDGEMENT));
      renderer.setSeriesStroke(i, new BasicStroke(acknowledgement ? 3.5f : 1.5f));
    }
    plot.addRangeMarker(referenceMarker());
    style(chart);
    return svg(chart, "trend", 760, 360);
  }

  private static void styleBars(JFreeChart chart, double max) {
    CategoryPlot plot = chart.getCategoryPlot();
    ((NumberAxis) plot.getRangeAxis()).setRange(0, max);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, OURS);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2} %", new DecimalFormat("0")));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(FONT);
    renderer.setMaximumBarWidth(0.12);
    style(chart);
  }

  private static ValueMarker referenceMarker() {
    ValueMarker marker = new ValueMarker(100 * REFERENCE_SHARE, REFERENCE, new BasicStroke(1.5f,
        BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
    marker.setLabel("51 % reference (no acknowledgement)");
    marker.setLabelFont(FONT);
    marker.setLabelPaint(REFERENCE);
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
    return marker;
  }

  private static void style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    plot.setOutlineVisible(false);
    plot.getDomainAxis().setTickLabelFont(FONT);
    plot.getRangeAxis().setTickLabelFont(FONT);
    plot.getRangeAxis().setLabelFont(FONT);
    if (chart.getLegend() != null) {
      chart.getLegend().setItemFont(FONT);
    }
  }

  /** The chart as an {@code <svg>} element; {@code id} keeps its definitions apart from other charts'. */
  private static String svg(JFreeChart chart, String id, int width, int height) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix(id);
    chart.draw(g2, new Rectangle(width, height));
    return g2.getSVGElement();
  }
}
