// Runs kata 10.2.2 with your Solution. You do not need to edit this file.
import GaussianKata

runKataProgram(gaussianKata, solution: Solution())
