// Runs kata 10.2.3 with your Solution. You do not need to edit this file.
import RegressionKata

runKataProgram(regressionKata, solution: Solution())
