// Runs kata 10.2.4 with your Solution. You do not need to edit this file.
import LogisticKata

runKataProgram(logisticKata, solution: Solution())
