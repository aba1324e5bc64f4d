/**
 * The figures and claims of Gunasekar et al., Implicit Regularization in Matrix Factorization
 * (NeurIPS 2017).
 *
 * <p>May import: base, experiment, io.store, paper.
 */
package dmf.paper.gunasekar;
