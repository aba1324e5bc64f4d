/**
 * Figures as data (figure, panel, series) and their rendering to PNG and SVG with XChart.
 *
 * <p>May import: io.
 */
package dmf.plot;
