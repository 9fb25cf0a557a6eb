package org.empathylint.audit;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.empathylint.FindingCategory;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
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
  /** Room right of 100 % for a bar's label. */
  private static final double AXIS_END = 110;
  private static final Map<FindingCategory, Color> LINE_COLOURS = new EnumMap<>(Map.of(
      FindingCategory.COLD_PHRASE, new Color(0x2f6f9f),
      FindingCategory.PROCESS_JARGON, new Color(0x6a9f3a),
      FindingCategory.FORMAL_WORDING, new Color(0xd08a1e),
      FindingCategory.NEGATIVE_FRAMING, new Color(0x8a3a8c),
      FindingCategory.IMPERSONAL_ADDRESS, new Color(0x3aa6a0),
      FindingCategory.MISSING_ACKNOWLEDGEMENT, REFERENCE,
      FindingCategory.LATE_ACKNOWLEDGEMENT, new Color(0x888888),
      FindingCategory.LANGUAGETOOL, new Color(0x444444)));

  private Charts() {
  }

  /** Horizontal bars: the share of replies with each category, 0-100 %. */
  static String categoryShares(CategoryCounts total) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    CategoryCounts.reported(total).keySet().forEach(category ->
        data.addValue(100 * total.share(category), "replies", CategoryNames.of(category)));
    JFreeChart chart = ChartFactory.createBarChart(null, null, "% of replies", data,
        PlotOrientation.HORIZONTAL, false, false, false);
    styleBars(chart);
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
    styleBars(chart);
    return svg(chart, "ack", 760, 60 + 45 * data.getColumnCount());
  }

  /** One line per category: its share of replies per month, with the reference as a line. */
  static String trend(Map<String, CategoryCounts> byMonth) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<FindingCategory> categories = new ArrayList<>();
    byMonth.forEach((month, counts) -> CategoryCounts.reported(counts).keySet().forEach(category -> {
      data.addValue(100 * counts.share(category), CategoryNames.of(category), month);
      if (!categories.contains(category)) {
        categories.add(category);
      }
    }));
    JFreeChart chart = ChartFactory.createLineChart(null, null, "% of replies", data,
        PlotOrientation.VERTICAL, true, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
    LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
    renderer.setDefaultShapesVisible(true);
    for (FindingCategory category : categories) {
      int series = data.getRowIndex(CategoryNames.of(category));
      renderer.setSeriesPaint(series, LINE_COLOURS.get(category));
      renderer.setSeriesStroke(series,
          new BasicStroke(category == FindingCategory.MISSING_ACKNOWLEDGEMENT ? 3.5f : 1.5f));
    }
    plot.addRangeMarker(referenceMarker());
    if (byMonth.size() > 6) {
      plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    style(chart);
    return svg(chart, "trend", 760, 360);
  }

  private static void styleBars(JFreeChart chart) {
    CategoryPlot plot = chart.getCategoryPlot();
    ((NumberAxis) plot.getRangeAxis()).setRange(0, AXIS_END);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, OURS);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2} %", new DecimalFormat("0")));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
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
    marker.setLabelBackgroundColor(new Color(0, 0, 0, 0));
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
