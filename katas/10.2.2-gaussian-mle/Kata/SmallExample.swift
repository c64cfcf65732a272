/// The small example of the story and of the checks: five measurements.
let smallExample = [2.1, 3.5, 2.8, 3.1, 2.9]
