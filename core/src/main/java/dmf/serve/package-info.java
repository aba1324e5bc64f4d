/**
 * The live web dashboard of {@code dmf serve}: an embedded server (Javalin on Jetty) over results
 * folders. It finds sweeps, reproductions and run folders on disk, reads results databases through
 * read-only connections, follows growing metrics.csv files and pushes new runs and metric points to
 * the browser as server-sent events, renders reports, serves figures, and trains playground runs
 * one at a time through the same run path as the command line. Pages are server-rendered HTML with
 * a little plain JavaScript and the bundled uPlot chart library; no network is needed.
 *
 * <p>May import: base, settings, problem, io, io.store, experiment, paper.
 */
package dmf.serve;
