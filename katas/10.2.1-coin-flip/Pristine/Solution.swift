// Kata 10.2.1 — Coin flip: 9 heads in 13 flips.
// This is the file you edit. Replace each `todo()` with your code, then run
// `swift run kata check 10.2.1`. `swift run kata run 10.2.1` tells the story.
import CoinFlipKata

struct Solution: CoinFlipExercises {
    /// Count the heads (`"H"`) and tails (`"T"`) in `flips`, e.g. `"HHTH"` → (3, 1).
    func countFlips(_ flips: String) -> (heads: Int, tails: Int) {
        todo()
    }
}
