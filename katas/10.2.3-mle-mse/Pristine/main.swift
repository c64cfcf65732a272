// The author's program for kata 10.2.3: the stub as shipped and the reference solution, for
// `swift run kata dev check` and `kata dev docs`. Learners run `kata-10.2.3`, never this.
import RegressionKata

runAuthorProgram(regressionKata, reference: ReferenceSolution(), pristine: Solution())
