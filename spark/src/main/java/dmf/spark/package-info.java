/**
 * dmf on Apache Spark, the part every Spark feature shares: the Spark configuration dmf runs with
 * (embedded {@code local[*]} by default, a cluster master when given, one BLAS thread per task) and
 * the context it starts. Spark is {@code provided}: a Spark installation, or the Spark home that
 * the build lays out in {@code spark-home/target/spark}, supplies it at run time.
 *
 * <p>May import: base, settings.
 */
package dmf.spark;
