/**
 * The figures and claims of Gunasekar et al., Implicit Regularization in Matrix Factorization
 * (NeurIPS 2017).
 *
 * <p>May import: experiment, io.store, paper, plot.
 */
package dmf.paper.gunasekar;
