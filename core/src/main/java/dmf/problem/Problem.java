package dmf.problem;

import dmf.linalg.Mat;
import java.util.Optional;

/**
 * A matrix recovery problem: find W (rows×cols) that fits the observations. Its training loss is a
 * mean of squared residuals, ℓ(W) = (1/m)·Σ_k (⟨A_k, W⟩ − y_k)², with A_k = e_i e_jᵀ for
 * completion.
 */
public sealed interface Problem permits CompletionProblem, SensingProblem {
  /**
   * @return the number of rows of W
   */
  int rows();

  /**
   * @return the number of columns of W
   */
  int cols();

  /**
   * @return the number of observations (|Ω| or the number of measurements)
   */
  int observationCount();

  /**
   * @return the planted matrix W*, when known
   */
  Optional<Mat> groundTruth();

  /**
   * @return "completion" or "sensing"
   */
  String kind();

  /**
   * @param w a candidate (Input, not modified)
   * @return the training loss ℓ(W)
   */
  double loss(Mat w);

  /**
   * @param w a candidate (Input, not modified)
   * @return ∇ℓ(W), dense rows×cols
   */
  Mat gradient(Mat w);

  /**
   * @param w a candidate (Input, not modified)
   * @return the residuals ⟨A_k, W⟩ − y_k, one per observation
   */
  double[] residuals(Mat w);
}
