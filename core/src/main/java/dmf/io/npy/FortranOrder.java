package dmf.io.npy;

/** Reorders Fortran (column-major) data into C (row-major) order. */
final class FortranOrder {
  private FortranOrder() {}

  /** Moves element {@code from} of the source to position {@code to} of the destination. */
  private interface Mover {
    void move(int to, int from);
  }

  static NpyArray toC(NpyArray f) {
    long[] shape = f.shape();
    if (shape.length < 2) {
      return f;
    }
    if (f.isInteger()) {
      long[] src = f.longs();
      long[] dst = new long[src.length];
      permute(shape, (to, from) -> dst[to] = src[from]);
      return new NpyArray(shape, f.type(), null, dst);
    }
    double[] src = f.doubles();
    double[] dst = new double[src.length];
    permute(shape, (to, from) -> dst[to] = src[from]);
    return new NpyArray(shape, f.type(), dst, null);
  }

  /** Walks C order with an odometer, tracking the matching Fortran-order offset. */
  private static void permute(long[] shape, Mover mover) {
    int k = shape.length;
    int n = NpyArray.elementCount(shape);
    if (n == 0) {
      return;
    }
    int[] dims = new int[k];
    int[] stride = new int[k];
    int s = 1;
    for (int j = 0; j < k; j++) {
      dims[j] = (int) shape[j];
      stride[j] = s;
      s *= dims[j];
    }
    int[] index = new int[k];
    int from = 0;
    for (int to = 0; to < n; to++) {
      mover.move(to, from);
      for (int j = k - 1; j >= 0; j--) {
        if (++index[j] < dims[j]) {
          from += stride[j];
          break;
        }
        index[j] = 0;
        from -= (dims[j] - 1) * stride[j];
      }
    }
  }
}
