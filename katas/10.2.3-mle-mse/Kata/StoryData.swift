import KataKit
import MLETutorialData

/// The story's data: the tutorial's x = `uniform(0, 10, 100)` and y = 3x + 7 +
/// `normal(0, 2, 100)`, drawn after its Gaussian sample from `np.random.seed(42)`.
func storyData() -> (x: [Double], y: [Double]) {
    let stream = TutorialStream()
    return (stream.regressionX, stream.regressionY)
}

/// The numpy lines that draw the story's data, for the story and for failure notes.
let storyDataPython = """
np.random.seed(42)
np.random.normal(5, 2, 50)             # kata 10.2.2's sample comes first
x = np.random.uniform(0, 10, 100)
y = 3 * x + 7 + np.random.normal(0, 2, 100)
"""

/// The small example of the story and the checks: four points near y = 2x + 1.
let smallX = [1.0, 2.0, 3.0, 4.0]
/// The small example's outputs.
let smallY = [3.0, 4.0, 8.0, 9.0]
