// The author's program for kata 10.2.4: the stub as shipped and the reference solution, for
// `swift run kata dev check` and `kata dev docs`. Learners run `kata-10.2.4`, never this.
import LogisticKata

runAuthorProgram(logisticKata, reference: ReferenceSolution(), pristine: Solution())
