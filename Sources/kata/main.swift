import Foundation

// `kata`: the workbook's driver. It links no kata: it builds each kata's binary
// and runs it as a child process, so one kata's broken Solution.swift never stops
// the others.
Interrupts.install()
exit(Driver.main(
    arguments: Array(CommandLine.arguments.dropFirst()),
    directory: FileManager.default.currentDirectoryPath,
    executablePath: try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")))
