// The author's program for kata 10.2.2: the stub as shipped and the reference solution, for
// `swift run kata dev check` and `kata dev docs`. Learners run `kata-10.2.2`, never this.
import GaussianKata

runAuthorProgram(gaussianKata, reference: ReferenceSolution(), pristine: Solution())
