// Runs kata 10.2.5 with your Solution. You do not need to edit this file.
import ExponentialKata

runKataProgram(exponentialKata, solution: Solution())
