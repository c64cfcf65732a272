// Runs kata 10.2.8 with your Solution. You do not need to edit this file.
import TrainingKata

runKataProgram(trainingKata, solution: Solution())
