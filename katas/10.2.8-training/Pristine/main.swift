// The author's program for kata 10.2.8: the stub as shipped and the reference solution, for
// `swift run kata dev check` and `kata dev docs`. Learners run `kata-10.2.8`, never this.
import TrainingKata

runAuthorProgram(trainingKata, reference: ReferenceSolution(), pristine: Solution())
