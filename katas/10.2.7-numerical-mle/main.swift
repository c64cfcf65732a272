// Runs kata 10.2.7 with your Solution. You do not need to edit this file.
import GammaKata

runKataProgram(gammaKata, solution: Solution())
