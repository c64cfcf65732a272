// Runs kata 10.2.1 with your Solution. You do not need to edit this file.
import CoinFlipKata

runKataProgram(coinFlipKata, solution: Solution())
