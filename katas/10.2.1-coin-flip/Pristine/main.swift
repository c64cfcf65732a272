// The author's program for kata 10.2.1: the stub as shipped and the reference solution, for
// `swift run kata dev check` and `kata dev docs`. Learners run `kata-10.2.1`, never this.
import CoinFlipKata

runAuthorProgram(coinFlipKata, reference: ReferenceSolution(), pristine: Solution())
