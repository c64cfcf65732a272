/// Kata 10.2.1: the story and the exercises.
public var coinFlipKata: Kata<any CoinFlipExercises> { Kata(
    id: "10.2.1",
    title: "Coin flip: 9 heads in 13 flips",
    story: { narrator in
        let mle = 9.0 / 13.0
        narrator.heading("The maximum likelihood principle")
        narrator.prose("The likelihood peaks at θ = 9/13 ≈ \(mle, decimals: 4).")
        narrator.claim("9/13 is between 0 and 1", mle > 0 && mle < 1)
    },
    exercises: [
        Exercise("countFlips", summary: "Count heads and tails in a flip string.", hints: ["Loop over the characters."], checks: [
            Check("the 13 flips HHHTHTTHHHHHT") { solution in
                let got = solution.countFlips("HHHTHTTHHHHHT")
                try expect(got.heads, equals: 9, for: "countFlips(\"HHHTHTTHHHHHT\").heads")
                try expect(got.tails, equals: 4, for: "countFlips(\"HHHTHTTHHHHHT\").tails")
            },
        ]),
    ]
) }
