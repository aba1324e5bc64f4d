package dmf.spark.sweep;

import dmf.experiment.SweepEngine;
import dmf.experiment.SweepJob;
import dmf.experiment.SweepRunner;
import dmf.spark.SparkContexts;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The sweep engine "spark" ({@code dmf sweep --engine spark}): starts Spark with {@link
 * SparkContexts#conf} (embedded {@code local[*]} unless a master is given or spark-submit set one),
 * runs the sweep with {@link SparkSweep}, and stops Spark.
 */
public final class SparkSweepEngine implements SweepEngine {
  /** The engine's name. */
  public static final String NAME = "spark";

  /** For {@link java.util.ServiceLoader}. */
  public SparkSweepEngine() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SweepRunner.Result run(SweepJob job, SweepRunner.Listener listener) {
    SparkConf conf = SparkContexts.conf(job.master(), job.workers(), job.conf());
    // The driver handles one task result at a time and drops it, so the sum of all results (a
    // big sweep's run folders) need not fit under Spark's default cap of 1 GiB.
    conf.setIfMissing("spark.driver.maxResultSize", "0");
    JavaSparkContext sc = SparkContexts.start(conf);
    try {
      return new SparkSweep(sc).run(job, listener).result();
    } finally {
      sc.stop();
    }
  }
}
