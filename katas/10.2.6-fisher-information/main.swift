// Runs kata 10.2.6 with your Solution. You do not need to edit this file.
import FisherInformationKata

runKataProgram(fisherInformationKata, solution: Solution())
