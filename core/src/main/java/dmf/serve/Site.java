package dmf.serve;

/**
 * What the pages and the API read: the served folders, their collections and runs, the metric
 * series, and the playground (null when the server is read-only).
 *
 * @param roots the served folders
 * @param catalog finds the collections
 * @param reader reads the runs of a collection
 * @param series reads the metric series of a run
 * @param playground the playground, or null for a read-only server
 */
record Site(
    Roots roots,
    Catalog catalog,
    CollectionReader reader,
    SeriesSource series,
    Playground playground) {

  /**
   * @return whether state-changing requests are refused
   */
  boolean readOnly() {
    return playground == null;
  }
}
