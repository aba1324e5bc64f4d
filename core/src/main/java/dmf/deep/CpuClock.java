package dmf.deep;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/** The CPU time the process has used, where the JVM reports it. */
final class CpuClock {
  private CpuClock() {}

  /**
   * @return process CPU nanoseconds (all threads), or 0 where unknown
   */
  static long processNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean sun
        ? sun.getProcessCpuTime()
        : 0L;
  }
}
