import KataKit
import MLETutorialData

/// The story's data: the tutorial's x = `uniform(0, 10, 100)` and y = 3x + 7 +
/// `normal(0, σ, 100)` (σ = 2 unless the reader sets `noise_sd`), drawn after its
/// Gaussian sample from `np.random.seed(42)`.
func storyData(noise: Double = TutorialStream.regressionNoise) -> (x: [Double], y: [Double]) {
    let stream = TutorialStream(regressionNoise: noise)
    return (stream.regressionX, stream.regressionY)
}

/// The noise's standard deviation: a parameter a reader may change.
let noiseLevel = StoryParameter.double("noise_sd", 0.1...10, default: TutorialStream.regressionNoise,
                                       "the standard deviation σ of the noise added to 3x + 7")

/// The numpy lines that draw the story's data, for the story and for failure notes.
func storyDataPython(noise: Double = TutorialStream.regressionNoise) -> String {
    """
    np.random.seed(42)
    np.random.normal(5, 2, 50)             # kata 10.2.2's sample comes first
    x = np.random.uniform(0, 10, 100)
    y = 3 * x + 7 + np.random.normal(0, \(StoryParameter.text(noise)), 100)
    """
}

/// The small example of the story and the checks: four points near y = 2x + 1.
let smallX = [1.0, 2.0, 3.0, 4.0]
/// The small example's outputs.
let smallY = [3.0, 4.0, 8.0, 9.0]
