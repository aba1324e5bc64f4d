/**
 * The figures and claims of Arora, Cohen, Hu and Luo, Implicit Regularization in Deep Matrix
 * Factorization (NeurIPS 2019).
 *
 * <p>May import: base, experiment, io.data, io.store, paper, plot.
 */
package dmf.paper.arora;
