// The author's program for kata 10.2.6: the stub as shipped and the reference solution, for
// `swift run kata dev check` and `kata dev docs`. Learners run `kata-10.2.6`, never this.
import FisherInformationKata

runAuthorProgram(fisherInformationKata, reference: ReferenceSolution(), pristine: Solution())
