// The author's program for kata 10.2.7: the stub as shipped and the reference solution, for
// `swift run kata dev check` and `kata dev docs`. Learners run `kata-10.2.7`, never this.
import GammaKata

runAuthorProgram(gammaKata, reference: ReferenceSolution(), pristine: Solution())
