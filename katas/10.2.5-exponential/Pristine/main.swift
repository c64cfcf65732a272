// The author's program for kata 10.2.5: the stub as shipped and the reference solution, for
// `swift run kata dev check` and `kata dev docs`. Learners run `kata-10.2.5`, never this.
import ExponentialKata

runAuthorProgram(exponentialKata, reference: ReferenceSolution(), pristine: Solution())
